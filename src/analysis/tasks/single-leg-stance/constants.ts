// Thresholds of the single-leg stance analysis. Every value has its unit, source and reason; user overrides are merged
// and validated once (validateSingleLegStanceConfig) with errors that name the field and its range.
import { mergeRangedConfig } from '../config.ts';

export const SINGLE_LEG_PROTOCOLS = ['longest-hold', 'timed-trial'] as const;
export type SingleLegProtocol = (typeof SINGLE_LEG_PROTOCOLS)[number];

export interface SingleLegStanceConfig {
  readonly minKeypointScore: number;
  readonly liftOnNorm: number;
  readonly liftOffNorm: number;
  readonly holdStartMinMs: number;
  readonly touchDownMinFrames: number;
  readonly stepNorm: number;
  readonly stepMinFrames: number;
  readonly stepBodyFrameNorm: number;
  readonly fallDropNorm: number;
  readonly fallLeanDeg: number;
  readonly fallMinFrames: number;
  readonly lostMaxGapMs: number;
  readonly swayCutoffHz: number;
  readonly trunkLeanErrorDeg: number;
  readonly hipAbductionErrorDeg: number;
  readonly errorClearDeg: number;
  readonly handsOffHipsNorm: number;
  readonly armOutNorm: number;
  readonly armBackNorm: number;
  readonly trialDurationMs: number;
  readonly outOfPositionMs: number;
  readonly maxTrialErrors: number;
  readonly simultaneousErrorMs: number;
}

export const DEFAULT_SINGLE_LEG_STANCE_CONFIG: SingleLegStanceConfig = {
  /** Keypoint score to use a keypoint, 0..1. Source: CLINICAL.md (children's leg scores average 0.38-0.51, a 0.3 cut
   * drops many true ankles); 0.25 keeps those while MoveNet's misses on children sit lower. */
  minKeypointScore: 0.25,
  /** Lift of one ankle above the other to call the foot clearly off the floor, fraction of body height. Source:
   * Drillis & Contini segment table (foot length 0.152 H): twice the ankle rise of a heel raise (about 0.04 H), so a
   * heel raise or a staggered stance seen in perspective never starts a hold. */
  liftOnNorm: 0.1,
  /** Lift below which the foot is back on the floor, fraction of body height (hysteresis exit; MediaPipe
   * RepetitionCounter's separate thresholds). Source: heel-raise ankle rise 0.04 H plus about 0.02 H of perspective
   * for a 10 cm stagger at 3 m: a foot lower than this is taking weight. */
  liftOffNorm: 0.06,
  /** The lifted foot must stay off the floor this long before a hold counts, ms. Source: the swing phase of a child's
   * walking step lasts about 0.35-0.45 s (Sutherland 1980), so a step is never timed as a hold. */
  holdStartMinMs: 500,
  /** Frames of the lifted foot back on the floor that end a hold (a 1-frame dip is keypoint jitter). Source: issue 4
   * acceptance ("a touch-down of 2 frames ends it"). */
  touchDownMinFrames: 2,
  /** Sideways travel of the standing ankle from where the hold started that counts as a step, fraction of body height.
   * Source: about two-thirds of a child's foot length (0.152 H): a foot pivot moves the ankle less. */
  stepNorm: 0.1,
  /** Frames the standing ankle must stay displaced to confirm a step (one frame is jitter). */
  stepMinFrames: 2,
  /** A step must also move the standing ankle this far sideways relative to the mid-hip, fraction of body height.
   * Source: issue 10 (a hand-held or bumped camera moves the whole picture: the image-only test ended holds as steps
   * under a 3% camera wander); hip sway over a planted foot in single-leg stance stays within about 0.03 H (the labelled
   * holds' sway). Reason: a second signal that must agree, half of stepNorm so a real step still ends the hold. */
  stepBodyFrameNorm: 0.05,
  /** Drop of the mid-hip below its level at the hold start that counts as a fall, fraction of body height. Source: a
   * deep squat lowers the hips by about 0.25 H (Drillis & Contini hip height 0.53 H); 0.2 H is past any balance
   * recovery dip seen while standing. */
  fallDropNorm: 0.2,
  /** Trunk lean from vertical that counts as a fall, degrees. Source: BESS counts 30 degrees as an error; twice that is
   * past recovery in standing balance. */
  fallLeanDeg: 60,
  /** Frames a fall must persist (one frame of a keypoint jump is not a fall). */
  fallMinFrames: 2,
  /** Longest gap without the legs seen that a hold bridges, ms; longer ends the hold as "lost from view". Source:
   * keypoint flicker on children lasts a few frames (CLINICAL.md); 0.5 s bridges it without inventing a hold. */
  lostMaxGapMs: 500,
  /** Low-pass cutoff on the mid-hip point before measuring sway, Hz. Source: Winter, Biomechanics and Motor Control
   * of Human Movement (2009): body-segment kinematics low-passed at about 6 Hz; postural sway lies below 2 Hz. */
  swayCutoffHz: 6,
  /** Trunk lean from vertical that is a BESS error, degrees. Source: BESS (CLINICAL.md, "more than 30 degrees"). */
  trunkLeanErrorDeg: 30,
  /** Thigh angle of the lifted leg from vertical that is a BESS hip-abduction error, degrees. Source: BESS. */
  hipAbductionErrorDeg: 30,
  /** An angle error clears when the angle drops this far below its threshold, degrees (hysteresis against jitter). */
  errorClearDeg: 5,
  /** Wrist-to-hip distance beyond which the hands are off the hips, fraction of body height. Source: hands on the iliac
   * crest sit about 0.08 H from the hip keypoint (Drillis & Contini: hand length 0.108 H); 0.15 H is clearly off. */
  handsOffHipsNorm: 0.15,
  /** Wrist-to-hip distance that counts as an arm excursion (an arm thrown out for balance), fraction of body height.
   * Source: forearm plus hand is about 0.25 H (Drillis & Contini 0.146 + 0.108). */
  armOutNorm: 0.25,
  /** Distance below which an excursion has ended, fraction of body height (hysteresis exit). */
  armBackNorm: 0.18,
  /** Length of a timed trial, ms. Source: BESS (20 s per stance). */
  trialDurationMs: 20_000,
  /** Time off the stance that counts one more error, ms. Source: BESS ("out of position more than 5 s"). */
  outOfPositionMs: 5_000,
  /** Most errors scored in one trial. Source: BESS (at most 10 per trial). */
  maxTrialErrors: 10,
  /** Errors closer than this count once. Source: BESS scores simultaneous errors as one; 0.5 s is one movement. */
  simultaneousErrorMs: 500,
};

const RANGES: { readonly [K in keyof SingleLegStanceConfig]: readonly [number, number] } = {
  minKeypointScore: [0, 1], liftOnNorm: [0.01, 1], liftOffNorm: [0, 1], holdStartMinMs: [0, 10_000],
  touchDownMinFrames: [1, 30], stepNorm: [0.01, 1], stepMinFrames: [1, 30], stepBodyFrameNorm: [0, 1], fallDropNorm: [0.01, 1],
  fallLeanDeg: [1, 90], fallMinFrames: [1, 30], lostMaxGapMs: [0, 10_000], swayCutoffHz: [0.1, 50],
  trunkLeanErrorDeg: [1, 90], hipAbductionErrorDeg: [1, 90], errorClearDeg: [0, 45], handsOffHipsNorm: [0.01, 1],
  armOutNorm: [0.01, 2], armBackNorm: [0, 2], trialDurationMs: [1000, 600_000], outOfPositionMs: [100, 600_000],
  maxTrialErrors: [1, 1000], simultaneousErrorMs: [0, 10_000],
};

/** Merges user overrides over the defaults; throws a RangeError naming the field and its range (a programmer error). */
export function validateSingleLegStanceConfig(overrides: Readonly<Record<string, unknown>> = {}): SingleLegStanceConfig {
  const merged = mergeRangedConfig<SingleLegStanceConfig>('single-leg-stance', DEFAULT_SINGLE_LEG_STANCE_CONFIG, RANGES, overrides);
  if (merged.liftOffNorm >= merged.liftOnNorm) throw new RangeError('liftOffNorm should be less than liftOnNorm');
  if (merged.armBackNorm >= merged.armOutNorm) throw new RangeError('armBackNorm should be less than armOutNorm');
  return merged;
}

export function validateSingleLegProtocol(protocol: string | undefined): SingleLegProtocol {
  if (protocol === undefined) return 'longest-hold';
  if ((SINGLE_LEG_PROTOCOLS as readonly string[]).includes(protocol)) return protocol as SingleLegProtocol;
  throw new RangeError(`protocol should be one of ${SINGLE_LEG_PROTOCOLS.join(', ')}, not "${protocol}"`);
}
