// Thresholds of the tandem stance analysis (one foot directly in front of the other, heel to toe). The hold, sway,
// error and trial thresholds are the balance family's (balance/constants.ts, shared with the single-leg stance); the
// position thresholds below are tandem's own. Overrides are merged and validated once.
import { mergeRangedConfig } from '../config.ts';
import {
  BALANCE_HOLD_RANGES, DEFAULT_BALANCE_HOLD_CONFIG, checkBalanceHoldConfig, type BalanceHoldConfig,
} from '../balance/constants.ts';

export interface TandemStanceConfig extends BalanceHoldConfig {
  readonly footOnFloorMaxNorm: number;
  readonly sideMinSeparationNorm: number;
  readonly sideMaxSeparationNorm: number;
  readonly frontInLineMaxNorm: number;
  readonly facingMinNorm: number;
}

export const DEFAULT_TANDEM_STANCE_CONFIG: TandemStanceConfig = {
  ...DEFAULT_BALANCE_HOLD_CONFIG,
  /** Highest one ankle may be above the other with both feet on the floor, fraction of body height. Source: the same
   * bound as the single-leg stance's liftOffNorm: a heel raise lifts the ankle about 0.04 H, perspective adds about
   * 0.02 H for a 10 cm stagger at 3 m; BESS counts a lifted heel or forefoot as an error, a foot higher than this is off
   * the floor. */
  footOnFloorMaxNorm: 0.06,
  /** Side view: least ankle-to-ankle distance along the line of the feet, fraction of body height. Source: heel to toe
   * puts the ankles one foot length apart (0.152 H, Drillis & Contini); half of it separates a tandem stance from feet
   * side by side (which overlap in a side view). */
  sideMinSeparationNorm: 0.08,
  /** Side view: largest ankle-to-ankle distance, fraction of body height. Source: one foot length (0.152 H) plus a gap
   * of 0.1 H (about 10 cm for a child): beyond it the feet are in a stride, not heel to toe. */
  sideMaxSeparationNorm: 0.25,
  /** Front view: largest sideways distance between the ankles for the feet to be in line, fraction of body height.
   * Source: feet together still put the ankle centres one foot breadth apart (0.055 H, Drillis & Contini); in line, one
   * ankle hides behind the other. Half a foot breadth: at 0.06 H the two-feet photo of the composite clip and the
   * run-in-place negative were taken for tandem stances. */
  frontInLineMaxNorm: 0.03,
  /** Side view: the nose must be this far ahead of the hips to tell which way the child faces, fraction of body height.
   * Source: the head sits about 0.05 H ahead of the hips in quiet standing (forward head posture); less is too close. */
  facingMinNorm: 0.02,
};

const RANGES: { readonly [K in keyof TandemStanceConfig]: readonly [number, number] } = {
  ...BALANCE_HOLD_RANGES, footOnFloorMaxNorm: [0, 1], sideMinSeparationNorm: [0, 1], sideMaxSeparationNorm: [0.01, 2],
  frontInLineMaxNorm: [0, 1], facingMinNorm: [0, 1],
};

/** Merges user overrides over the defaults; throws a RangeError naming the field and its range (a programmer error). */
export function validateTandemStanceConfig(overrides: Readonly<Record<string, unknown>> = {}): TandemStanceConfig {
  const merged = mergeRangedConfig<TandemStanceConfig>('tandem-stance', DEFAULT_TANDEM_STANCE_CONFIG, RANGES, overrides);
  if (merged.sideMinSeparationNorm >= merged.sideMaxSeparationNorm) {
    throw new RangeError('sideMinSeparationNorm should be less than sideMaxSeparationNorm');
  }
  checkBalanceHoldConfig(merged);
  return merged;
}
