// Thresholds of the tandem stance analysis (one foot directly in front of the other, heel to toe). The hold, sway,
// error and trial thresholds are the single-leg stance's (same sources, see single-leg-stance/constants.ts); the
// position thresholds below are tandem's own. Overrides are merged and validated once.
import { mergeRangedConfig } from '../config.ts';
import { DEFAULT_SINGLE_LEG_STANCE_CONFIG, type SingleLegStanceConfig } from '../single-leg-stance/constants.ts';

type Shared = Pick<SingleLegStanceConfig, 'minKeypointScore' | 'holdStartMinMs' | 'stepNorm' | 'stepMinFrames'
  | 'fallDropNorm' | 'fallLeanDeg' | 'fallMinFrames' | 'lostMaxGapMs' | 'swayCutoffHz' | 'trunkLeanErrorDeg'
  | 'hipAbductionErrorDeg' | 'errorClearDeg' | 'handsOffHipsNorm' | 'armOutNorm' | 'armBackNorm' | 'trialDurationMs'
  | 'outOfPositionMs' | 'maxTrialErrors' | 'simultaneousErrorMs'>;

export interface TandemStanceConfig extends Shared {
  readonly footOnFloorMaxNorm: number;
  readonly sideMinSeparationNorm: number;
  readonly sideMaxSeparationNorm: number;
  readonly frontInLineMaxNorm: number;
  readonly facingMinNorm: number;
}

const {
  liftOnNorm: _on, liftOffNorm, touchDownMinFrames: _td, ...shared
} = DEFAULT_SINGLE_LEG_STANCE_CONFIG;

export const DEFAULT_TANDEM_STANCE_CONFIG: TandemStanceConfig = {
  ...shared,
  /** Highest one ankle may be above the other with both feet on the floor, fraction of body height. Source: the
   * single-leg stance's liftOffNorm (heel-raise ankle rise plus perspective): BESS counts a lifted heel or forefoot as an
   * error, a foot higher than this is off the floor. */
  footOnFloorMaxNorm: liftOffNorm,
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

const RANGES: { readonly [K in keyof TandemStanceConfig]?: readonly [number, number] } = {
  footOnFloorMaxNorm: [0, 1], sideMinSeparationNorm: [0, 1], sideMaxSeparationNorm: [0.01, 2], frontInLineMaxNorm: [0, 1],
  facingMinNorm: [0, 1], minKeypointScore: [0, 1], holdStartMinMs: [0, 10_000], stepNorm: [0.01, 1], stepMinFrames: [1, 30],
  fallDropNorm: [0.01, 1], fallLeanDeg: [1, 90], fallMinFrames: [1, 30], lostMaxGapMs: [0, 10_000], swayCutoffHz: [0.1, 50],
  trunkLeanErrorDeg: [1, 90], hipAbductionErrorDeg: [1, 90], errorClearDeg: [0, 45], handsOffHipsNorm: [0.01, 1],
  armOutNorm: [0.01, 2], armBackNorm: [0, 2], trialDurationMs: [1000, 600_000], outOfPositionMs: [100, 600_000],
  maxTrialErrors: [1, 1000], simultaneousErrorMs: [0, 10_000],
};

/** Merges user overrides over the defaults; throws a RangeError naming the field and its range (a programmer error). */
export function validateTandemStanceConfig(overrides: Readonly<Record<string, unknown>> = {}): TandemStanceConfig {
  const merged = mergeRangedConfig<TandemStanceConfig>('tandem-stance', DEFAULT_TANDEM_STANCE_CONFIG, RANGES, overrides);
  if (merged.sideMinSeparationNorm >= merged.sideMaxSeparationNorm) {
    throw new RangeError('sideMinSeparationNorm should be less than sideMaxSeparationNorm');
  }
  if (merged.armBackNorm >= merged.armOutNorm) throw new RangeError('armBackNorm should be less than armOutNorm');
  return merged;
}
