// Standing long jump: a two-foot jump (same flight detection, checks and TGMD-3 criteria) that travels forward; the
// distance runs from the toes at take-off to the heel nearest the take-off line at landing (TGMD-3 protocol).
import { DEFAULT_TWO_FOOT_JUMP_CONFIG, type TwoFootJumpConfig } from '../jumps/two-foot-constants.ts';

export interface StandingLongJumpConfig {
  readonly jump: TwoFootJumpConfig;
  /** Shortest forward travel that makes a jump a long jump (shorter ones are jumps in place), body heights. */
  readonly minDistanceNorm: number;
  /** Toe ahead of the ankle keypoint, body heights (MoveNet has no toe or heel keypoints). */
  readonly ankleToToeNorm: number;
  /** Heel behind the ankle keypoint, body heights. */
  readonly ankleToHeelNorm: number;
  /** Time around take-off and landing in which the foot positions are read, ms. */
  readonly footWindowMs: number;
}

export const DEFAULT_STANDING_LONG_JUMP_CONFIG: StandingLongJumpConfig = {
  jump: DEFAULT_TWO_FOOT_JUMP_CONFIG,
  // 20% of body height (about 23 cm for a 115 cm child): TGMD-3 norms put 3-year-olds' standing long jumps at
  // 30-60 cm, so any real attempt passes; a jump in place drifts less than one foot length (15%).
  minDistanceNorm: 0.2,
  // Foot length 0.152 H (Drillis & Contini 1966); the ankle joint sits over the rear quarter of the foot, so the toe
  // is 0.75 foot lengths ahead of it and the heel 0.25 behind.
  ankleToToeNorm: 0.114,
  ankleToHeelNorm: 0.038,
  // 150 ms: the feet are still (take-off push, landing contact) within about 4 frames at 30 fps of each event.
  footWindowMs: 150,
};
