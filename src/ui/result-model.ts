// Turns an engine result into what the result screen shows: a headline, summary lines, a metrics table per rep / hold /
// cycle with units in the headers, a criteria grid (1 met, 0 not met, null not scorable with the reason), and flags.
import type { TaskResultBase } from '../analysis/index.ts';
import { jumpingJackModel, longJumpModel, twoFootJumpModel, hopModel } from './result-jumps.ts';
import { balanceModel, crawlModel, tandemModel } from './result-others.ts';
import type { ResultModel } from './result-parts.ts';

export * from './result-parts.ts';

/** The result screen's model for any task's result (the task field says which shape it has). */
export function resultModel(result: TaskResultBase): ResultModel {
  const r = result as never;
  switch (result.task) {
    case 'two-foot-jump': return twoFootJumpModel(r);
    case 'jumping-jack': return jumpingJackModel(r);
    case 'hop': return hopModel(r);
    case 'standing-long-jump': return longJumpModel(r);
    case 'single-leg-stance': return balanceModel(r);
    case 'tandem-stance': return tandemModel(r);
    case 'crawl': return crawlModel(r);
  }
}
