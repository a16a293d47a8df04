// Results of the jumps family: per-rep metrics with units in their names, and per-criterion 0/1 marks with the
// evidence behind them ("not scorable" with the reason where the view hides a criterion).
import type { TaskResultBase } from '../types.ts';

export interface CriterionMark {
  /** Stable id, e.g. "arms-up". */
  readonly id: string;
  /** The protocol's words, e.g. "Arms extend forward and upward, reaching above the head". */
  readonly label: string;
  /** 1 met, 0 not met, null not scorable. */
  readonly score: 0 | 1 | null;
  /** What was measured, with units, e.g. "wrists 0.12 body heights above the nose". */
  readonly evidence: string;
}

/** A value measured with a known uncertainty (same unit for both). */
export interface Measured {
  readonly value: number;
  readonly plusMinus: number;
}

/** An item score in the style of the protocol: the criteria summed over the first `trials` reps. */
export interface ItemScore {
  readonly protocol: string;
  readonly score: number;
  readonly max: number;
  readonly trials: number;
  /** Criteria left out of the score, with the reason. */
  readonly notScorable: readonly string[];
}

export interface MetricSummary {
  readonly best: number;
  readonly mean: number;
  /** Coefficient of variation (sd / mean) over the reps: consistency, lower is steadier. */
  readonly cv: number;
}

export interface JumpSetResult<Rep> extends TaskResultBase {
  readonly count: number;
  readonly reps: readonly Rep[];
  readonly itemScore: ItemScore;
}
