// The single-leg stance task definition (listed in TASK_TABLE).
import { SINGLE_LEG_STANCE_CHARTED } from './charted.ts';
import { balanceTask } from '../balance/definition.ts';
import { createSingleLegStanceAnalyzer } from './detector.ts';
import { judgeSingleLeg, singleLegHeadline, singleLegReport } from './report.ts';

export const SINGLE_LEG_STANCE_TASK = balanceTask({
  id: 'single-leg-stance', title: 'Single-leg stance', create: createSingleLegStanceAnalyzer,
  charted: SINGLE_LEG_STANCE_CHARTED, headline: singleLegHeadline, report: singleLegReport, judge: judgeSingleLeg,
  // Each hold reports its own: the lift that started it, its closest call and the touch-down that ended it.
  margins: (result) => result.holds.flatMap((h) => h.margins),
});
