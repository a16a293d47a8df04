// The margin column of npm run eval (issue 10): for every decision that settled a rep or ended a hold, how far its
// deciding value was from the threshold, as a fraction of the threshold (signals/decision-margin.ts). Holds report
// their own margins; for the jump tasks the deciding values are the reps' own measurements, read against the
// thresholds of the task's DEFAULT_*_CONFIG. Tasks without a margin here say so ("not measured").
import { FRAGILE_MARGIN, marginAbove, type DecisionMargin } from '../analysis/signals/decision-margin.ts';
import type { TaskResult } from '../analysis/index.ts';
import { DEFAULT_JUMPING_JACK_CONFIG } from '../analysis/tasks/jumping-jack/constants.ts';
import { DEFAULT_TWO_FOOT_JUMP_CONFIG } from '../analysis/tasks/jumps/two-foot-constants.ts';

/** The settled decisions of a result with their margins; undefined for a task that reports none yet. */
export function marginsOf(result: TaskResult): DecisionMargin[] | undefined {
  switch (result.task) {
    case 'single-leg-stance':
      return result.holds.flatMap((h) => h.margins);
    case 'two-foot-jump': {
      const enter = DEFAULT_TWO_FOOT_JUMP_CONFIG.flight.enterRiseNorm;
      return result.reps.map((r) => marginAbove('jump: lower ankle rose enterRiseNorm', r.takeoffTMs, r.ankleRiseNorm, enter));
    }
    case 'jumping-jack': {
      const enter = DEFAULT_JUMPING_JACK_CONFIG.arms.enter;
      return result.reps.flatMap((r) => (r.armReachNorm === undefined ? []
        : [marginAbove('jack: wrists rose above arms.enter', r.openTMs, r.armReachNorm, enter)]));
    }
    default:
      return undefined;
  }
}

/** The cell: the smallest margin with its decision, "FRAGILE" under FRAGILE_MARGIN. */
export function marginCell(margins: readonly DecisionMargin[] | undefined): string {
  if (margins === undefined) return 'not measured';
  if (margins.length === 0) return 'no settled decision';
  const worst = margins.reduce((a, b) => (b.margin < a.margin ? b : a));
  const name = worst.decision.split(':')[0]!;
  return `${Math.round(worst.margin * 100)}% ${name}${worst.margin < FRAGILE_MARGIN ? ' FRAGILE' : ''}`;
}
