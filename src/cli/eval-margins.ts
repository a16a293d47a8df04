// The margin column of npm run eval (issue 10): for every decision that settled a rep or ended a hold, how far its
// deciding value was from the threshold, as a fraction of the threshold (signals/decision-margin.ts). Each task declares
// its margins in its definition (the task table); a task without says so ("not measured").
import { FRAGILE_MARGIN, type DecisionMargin } from '../analysis/signals/decision-margin.ts';
import { marginsOfResult, type TaskResult } from '../analysis/index.ts';

/** The settled decisions of a result with their margins, as its task declares them; undefined for a task without. */
export const marginsOf = (result: TaskResult): readonly DecisionMargin[] | undefined => marginsOfResult(result);

/** The cell: the smallest margin with its decision, "FRAGILE" under FRAGILE_MARGIN. */
export function marginCell(margins: readonly DecisionMargin[] | undefined): string {
  if (margins === undefined) return 'not measured';
  if (margins.length === 0) return 'no settled decision';
  const worst = margins.reduce((a, b) => (b.margin < a.margin ? b : a));
  const name = worst.decision.split(':')[0]!;
  return `${Math.round(worst.margin * 100)}% ${name}${worst.margin < FRAGILE_MARGIN ? ' FRAGILE' : ''}`;
}
