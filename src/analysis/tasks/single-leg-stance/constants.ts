// Thresholds of the single-leg stance analysis. Every value has its unit, source and reason; user overrides are merged
// and validated once (validateSingleLegStanceConfig) with errors that name the field and its range.
import { mergeRangedConfig } from '../config.ts';
import {
  BALANCE_HOLD_RANGES, DEFAULT_BALANCE_HOLD_CONFIG, checkBalanceHoldConfig, type BalanceHoldConfig,
} from '../balance/constants.ts';

/** The balance thresholds (balance/constants.ts) plus the single-leg stance's own: when a foot is off the floor. */
export interface SingleLegStanceConfig extends BalanceHoldConfig {
  readonly liftOnNorm: number;
  readonly liftOffNorm: number;
  readonly touchDownMinFrames: number;
  readonly stepBodyFrameNorm: number;
}

export const DEFAULT_SINGLE_LEG_STANCE_CONFIG: SingleLegStanceConfig = {
  ...DEFAULT_BALANCE_HOLD_CONFIG,
  /** Lift of one ankle above the other to call the foot clearly off the floor, fraction of body height. Source:
   * Drillis & Contini segment table (foot length 0.152 H): twice the ankle rise of a heel raise (about 0.04 H), so a
   * heel raise or a staggered stance seen in perspective never starts a hold. */
  liftOnNorm: 0.1,
  /** Lift below which the foot is back on the floor, fraction of body height (hysteresis exit; MediaPipe
   * RepetitionCounter's separate thresholds). Source: heel-raise ankle rise 0.04 H plus about 0.02 H of perspective
   * for a 10 cm stagger at 3 m: a foot lower than this is taking weight. */
  liftOffNorm: 0.06,
  /** Frames of the lifted foot back on the floor that end a hold (a 1-frame dip is keypoint jitter). Source: issue 4
   * acceptance ("a touch-down of 2 frames ends it"). */
  touchDownMinFrames: 2,
  /** A step must also move the standing ankle this far sideways relative to the mid-hip, fraction of body height.
   * Source: issue 10 (a hand-held or bumped camera moves the whole picture: the image-only test ended holds as steps
   * under a 3% camera wander); hip sway over a planted foot in single-leg stance stays within about 0.03 H (the labelled
   * holds' sway). Reason: a second signal that must agree, half of stepNorm so a real step still ends the hold. */
  stepBodyFrameNorm: 0.05,
};

const RANGES: { readonly [K in keyof SingleLegStanceConfig]: readonly [number, number] } = {
  ...BALANCE_HOLD_RANGES, liftOnNorm: [0.01, 1], liftOffNorm: [0, 1], touchDownMinFrames: [1, 30], stepBodyFrameNorm: [0, 1],
};

/** Merges user overrides over the defaults; throws a RangeError naming the field and its range (a programmer error). */
export function validateSingleLegStanceConfig(overrides: Readonly<Record<string, unknown>> = {}): SingleLegStanceConfig {
  const merged = mergeRangedConfig<SingleLegStanceConfig>('single-leg-stance', DEFAULT_SINGLE_LEG_STANCE_CONFIG, RANGES, overrides);
  if (merged.liftOffNorm >= merged.liftOnNorm) throw new RangeError('liftOffNorm should be less than liftOnNorm');
  checkBalanceHoldConfig(merged);
  return merged;
}
