// The tandem stance task definition (listed in TASK_TABLE).
import { TANDEM_STANCE_CHARTED } from './charted.ts';
import { balanceTask } from '../balance/definition.ts';
import { createTandemStanceAnalyzer } from './detector.ts';
import { judgeTandem, tandemHeadline, tandemReport } from './report.ts';

export const TANDEM_STANCE_TASK = balanceTask({
  id: 'tandem-stance', title: 'Tandem stance', create: createTandemStanceAnalyzer,
  charted: TANDEM_STANCE_CHARTED, headline: tandemHeadline, report: tandemReport, judge: judgeTandem,
});
