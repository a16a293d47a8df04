// The tandem stance task definition (listed in TASK_TABLE).
import { balanceTask } from '../balance/definition.ts';
import { createTandemStanceAnalyzer } from './detector.ts';
import { judgeTandem, tandemHeadline, tandemReport } from './report.ts';

export const TANDEM_STANCE_TASK = balanceTask({
  id: 'tandem-stance', title: 'Tandem stance', create: createTandemStanceAnalyzer,
  headline: tandemHeadline, report: tandemReport, judge: judgeTandem,
});
