// How far a deciding value was from its threshold, as a fraction of the threshold: 0.5 means it passed by half the
// threshold again, 0.05 that a 5% change of the value (or of the threshold) would have changed the decision. A
// decision within FRAGILE_MARGIN of its threshold on a real clip is fragile (issue 10): the rule should change (a
// duration, a second signal that must agree), not the number.

export interface DecisionMargin {
  /** What was decided, e.g. "touch-down: lift below liftOffNorm". */
  readonly decision: string;
  readonly tMs: number;
  readonly value: number;
  readonly threshold: number;
  /** (value - threshold) / |threshold| for a value that had to reach the threshold; the reverse for one that had to
   * stay under it. Positive: the decision was taken with that much room. */
  readonly margin: number;
}

/**
 * Margin below which a decision is fragile, fraction of its threshold. Source: issue 10 (the tree-pose touch-down
 * passed its 0.06 threshold by 0.011 body heights, 18%, and a hold on an unseen clip ended 0.8 s early). Reason:
 * keypoint noise and camera differences between recordings move these values by 10-20%.
 */
export const FRAGILE_MARGIN = 0.2;

export function marginAbove(decision: string, tMs: number, value: number, threshold: number): DecisionMargin {
  return { decision, tMs, value: round(value), threshold, margin: round((value - threshold) / Math.abs(threshold)) };
}

export function marginBelow(decision: string, tMs: number, value: number, threshold: number): DecisionMargin {
  return { decision, tMs, value: round(value), threshold, margin: round((threshold - value) / Math.abs(threshold)) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
