// Jumping jack: every threshold with its unit, source and reason. Arm heights are in body heights; leg spread is
// the ankle distance over the hip width.
import { DEFAULT_MIN_KEYPOINT_SCORE } from '../../geometry/points.ts';
import type { HysteresisConfig } from '../../signals/hysteresis-gate.ts';
import type { FieldRanges } from '../config.ts';

export interface JumpingJackConfig {
  readonly minKeypointScore: number;
  /**
   * Hysteresis on the wrists' height above the shoulders, body heights: open at `enter`, closed again at `exit`. On a
   * frame that shows no wrist in the picture the elbows may open it instead, at `enter` x ELBOW_SHARE_OF_WRIST_RISE
   * (signals/elbow-rise.ts: the same arm raise); only the wrists close it.
   */
  readonly arms: HysteresisConfig;
  /** Leg spread (ankle distance / hip width) that counts as "feet apart" at the open position. */
  readonly openLegSpreadMin: number;
  /** Leg spread that counts as "feet together" at the closed position. */
  readonly closedLegSpreadMax: number;
  /** Wrist height at the closed position that counts as "arms at the sides", body heights (negative = below). */
  readonly armsDownMaxRiseNorm: number;
  /** Largest lag between the arms rising and the legs opening that counts as synchronised, ms. */
  readonly maxArmLegLagMs: number;
  /** Share of the frame height at the bottom edge where an ankle is an extrapolation, not a seen keypoint, 0..1. */
  readonly frameEdgeFraction: number;
  /** Share of the frame height at the top edge where a wrist or shoulder lies on the border, not in view, 0..1. */
  readonly topEdgeFraction: number;
  /** Shortest knee-to-ankle distance of a seen leg, trunk lengths (shoulder midpoint to hip midpoint). */
  readonly minShankPerTrunk: number;
  /** Share of the open-position frames (arms gate open) in which the legs must be seen for the legs to be graded, 0..1. */
  readonly minOpenLegsSeenShare: number;
}

export const DEFAULT_JUMPING_JACK_CONFIG: JumpingJackConfig = {
  minKeypointScore: DEFAULT_MIN_KEYPOINT_SCORE,
  arms: {
    // Open: wrists 5% of body height above the shoulders, i.e. the arms clearly above horizontal. Measured on the
    // labelled clips: overhead peaks reach +0.14..+0.20, arms at the sides -0.2..-0.35, arms held forward in a squat
    // (squats-5fps) at most +0.01: the enter level sits between the last two with a margin.
    enter: 0.05,
    // Closed: wrists 10% below the shoulders (arms below 20 degrees under horizontal): far from `enter` so that
    // jitter (about 1% of body height on wrists) never makes or loses a rep.
    exit: -0.1,
    // A jack phase lasts 250-500 ms (periods 0.8-1 s in the labelled clips): 100 ms is 3 frames at 30 fps.
    minStateMs: 100,
  },
  // Feet apart: ankles 1.8 hip widths apart; feet together under the hips measure 0.6-1.1 and the open position
  // 2.5-4.6 on the labelled clips. BOT-2 "feet apart" has no number; 1.8 is past any standing stance.
  openLegSpreadMin: 1.8,
  // Feet together: within 1.5 hip widths (standing with feet under the hips is about 1).
  closedLegSpreadMax: 1.5,
  // Arms at the sides: wrists 15% of body height under the shoulders (hanging arms measure -0.2..-0.35).
  armsDownMaxRiseNorm: -0.15,
  // BOT-2 "arms and legs synchronised": 150 ms, about a sixth of a 0.8-1 s jack, over 4 frames at 30 fps.
  maxArmLegLagMs: 150,
  // MoveNet places keypoints that fall outside the image at its border with high scores (jj-studio-cuts close-up,
  // ankles at 98-101% of the frame height): an ankle in the bottom 2% of the frame is treated as not seen. Ankles in
  // view reach at most 97% (98% with Thunder) on the labelled clips (jj-outdoor-overlays).
  frameEdgeFraction: 0.02,
  // The same clamp at the top: hands above the picture lie on its top border (jj-studio-cuts' close-up: wrists at -7..+7
  // px of 360 with scores 0.3-0.86, both models), while wrists in view come no nearer the top than 3.2% of the frame
  // height on the other labelled clips (jj-outdoor-overlays) and shoulders than 10%. Reason: the bottom edge's 2%. Such a
  // wrist still counts for arms up as before (it is at least that high); it also lets the elbows be read
  // (signals/elbow-rise.ts), and a shoulder in the band is not used for the elbows' height.
  topEdgeFraction: 0.02,
  // An ankle nearer its knee than 0.25 trunk lengths is not seen. Source: Drillis & Contini put the shank at 0.246 H and
  // the trunk at 0.288 H (0.85 trunks); on every frame with the legs in view of the labelled clips (Lightning and
  // Thunder) the shank measures 0.42-0.94 trunks, and 0.34 in jj-studio-cuts' close-up (frame 149, feet in view, a
  // close camera lengthens the trunk). When the feet leave the image MoveNet folds the ankles up onto the knees with
  // scores of 0.2-0.7 (jj-studio-cuts frames 196-204: 0.01-0.34). Reason: below every real leg, above most folded ones;
  // the rest are caught by `frameEdgeFraction` or outvoted by `minOpenLegsSeenShare`.
  minShankPerTrunk: 0.25,
  // The legs are graded (and can veto a jack as an arm raise) only when they are seen in at least 75% of the open
  // position's frames; otherwise the jack is counted from the arms and flagged `legsNotVisible`. Source: on the
  // labelled clips with the legs in view every jack has the legs seen in 100% of its open frames (jj-white-wall,
  // jj-studio-caption, jj-outdoor-overlays and jj-studio-cuts outside the close-up, Lightning and Thunder; 3/3-8/8 for
  // the close-up jack whose feet stay in view); the jj-studio-cuts jacks whose feet the close-up cuts off: 0-45%
  // (Lightning 5/11 and 1/11, Thunder 2/11 and 0/10). Reason: about midway, so that blur costing a quarter of the
  // frames does not lose the legs, while edge frames that slip past the per-frame tests do not make them count as seen.
  minOpenLegsSeenShare: 0.75,
};

/**
 * The fields that are signed heights (wrists over the shoulders, negative = below), with their valid range for a user
 * override, body heights; every other field is a magnitude (>= 0). Source: a wrist lies at most an arm's length from
 * its shoulder, 0.33 H (Drillis & Contini: upper arm 0.186 H + forearm 0.146 H). Reason: +-0.5 leaves room for a body
 * height estimated short (a close-up) while refusing a threshold no wrist could ever reach.
 */
export const JUMPING_JACK_CONFIG_RANGES: FieldRanges = {
  'arms.enter': [-0.5, 0.5],
  'arms.exit': [-0.5, 0.5],
  armsDownMaxRiseNorm: [-0.5, 0.5],
};
