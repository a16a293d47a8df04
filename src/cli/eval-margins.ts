// The margin column of npm run eval (issue 10): for every decision that settled a rep or ended a hold, how far its
// deciding value was from the threshold, as a fraction of the threshold (signals/decision-margin.ts). Holds report
// their own margins; for the jump tasks the deciding values are the reps' own measurements, read against the
// thresholds of the task's DEFAULT_*_CONFIG. Tasks without a margin here say so ("not measured").
import { FRAGILE_MARGIN, marginAbove, type DecisionMargin } from '../analysis/signals/decision-margin.ts';
import { DEFAULT_JUMPING_JACK_CONFIG } from '../analysis/tasks/jumping-jack/constants.ts';
import { DEFAULT_TWO_FOOT_JUMP_CONFIG } from '../analysis/tasks/two-foot-jump/constants.ts';

type Result = Readonly<Record<string, unknown>>;
const list = (v: unknown): Result[] => (Array.isArray(v) ? (v as Result[]) : []);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function marginsOf(task: string, result: Result): DecisionMargin[] | undefined {
  if (task === 'single-leg-stance') return list(result.holds).flatMap((h) => list(h.margins) as unknown as DecisionMargin[]);
  if (task === 'two-foot-jump') {
    const enter = DEFAULT_TWO_FOOT_JUMP_CONFIG.flight.enterRiseNorm;
    return list(result.reps).flatMap((r) => {
      const rise = num(r.ankleRiseNorm);
      return rise === undefined ? [] : [marginAbove('jump: lower ankle rose enterRiseNorm', num(r.takeoffTMs) ?? 0, rise, enter)];
    });
  }
  if (task === 'jumping-jack') {
    const enter = DEFAULT_JUMPING_JACK_CONFIG.arms.enter;
    return list(result.reps).flatMap((r) => {
      const reach = num(r.armReachNorm);
      return reach === undefined ? [] : [marginAbove('jack: wrists rose above arms.enter', num(r.openTMs) ?? 0, reach, enter)];
    });
  }
  return undefined;
}

/** The cell: the smallest margin with its decision, "FRAGILE" under FRAGILE_MARGIN. */
export function marginCell(margins: readonly DecisionMargin[] | undefined): string {
  if (margins === undefined) return 'not measured';
  if (margins.length === 0) return 'no settled decision';
  const worst = margins.reduce((a, b) => (b.margin < a.margin ? b : a));
  const name = worst.decision.split(':')[0]!;
  return `${Math.round(worst.margin * 100)}% ${name}${worst.margin < FRAGILE_MARGIN ? ' FRAGILE' : ''}`;
}
