// Two-foot jump: every threshold with its unit, source and reason. Lengths are in body heights (the standing height
// estimated per frame, geometry/body-scale.ts), so they hold near or far from the camera.
import type { FlightPhaseConfig } from '../../signals/flight-phase.ts';
import { DEFAULT_MIN_KEYPOINT_SCORE } from '../../geometry/points.ts';

export interface TwoFootJumpConfig {
  readonly minKeypointScore: number;
  readonly flight: FlightPhaseConfig;
  /** Feet leaving or landing further apart than this are flagged "not together", ms. */
  readonly maxFeetAsymmetryMs: number;
  /**
   * Largest alternation of the knees from the start of the preparation window to landing: how far each knee rose
   * above the other, relative to their usual height difference, the smaller of the two ways (signals/knee-alternation.ts),
   * body heights. Above it the legs took turns: stepping or running, not a two-foot jump.
   */
  readonly maxKneeAlternationNorm: number;
  /** Smallest rise of the hips from the lowest point before take-off to the highest in flight, body heights. */
  readonly minHipRiseNorm: number;
  /** Landing window in which knee flexion, arm drop and stability are read, ms. */
  readonly landingWindowMs: number;
  /** Window before take-off in which the preparatory crouch is looked for, ms. */
  readonly preparationWindowMs: number;
  /** The arm-swing window (arms up in flight) starts this long before take-off, ms. */
  readonly armSwingLeadMs: number;
  /** Flights of each foot kept to find the ones that overlap a two-foot flight when it is graded. */
  readonly footFlightsKept: number;
  /** Knee flexion that counts as a preparatory crouch, degrees. */
  readonly crouchMinKneeFlexionDeg: number;
  /** Wrists behind the hips by at least this (side view) count as "arms extended behind the body", body heights. */
  readonly armsBackMinNorm: number;
  /** Wrist drop from flight to the end of the landing window that counts as "arms forced downward", body heights. */
  readonly armsDownMinDropNorm: number;
  /** Largest ankle travel after landing that still counts as a stable landing, body heights. */
  readonly stableLandingMaxShiftNorm: number;
}

export const DEFAULT_TWO_FOOT_JUMP_CONFIG: TwoFootJumpConfig = {
  // MoveNet's own demo cut (geometry/points.ts). Ankle scores on the labelled clips sit at 0.5-0.9 while visible.
  minKeypointScore: DEFAULT_MIN_KEYPOINT_SCORE,
  flight: {
    // 3% of body height (about 3.5 cm for a 115 cm child). Source: MoveNet Lightning ankle jitter on the standing
    // frames of the labelled clips is about 0.3-0.5% of body height (sd; README "Noise"), so 3% is >= 6 sd; the
    // smallest real jumps in labels.json (rope-side-view, jump-in-place-no-rope) lift the ankles 6-10%.
    // Also the per-foot test that both feet left the floor (takeoff-check.ts): on every jump counted in the labelled
    // two-foot clips the weaker foot rises >= 5.3% (Lightning and Thunder); a foot already up from a running stride
    // rose 2.5% from where it hovered (Thunder, speed-step-alternating-feet frames 519-523).
    enterRiseNorm: 0.03,
    // 1.5%: the timing level for take-off and landing, about 3 sd of jitter above the floor, below any real flight.
    contactRiseNorm: 0.015,
    // A landing needs half the peak rise lost (>= 1.5% of body height, 3 sd of jitter): a jitter dip at the apex
    // never ends a flight, and a landing on a floor level a little higher than the take-off (a child moving back,
    // jump-in-place-no-rope's last jumps land 3% higher) still ends it. Half-way down the foot falls fastest, so the
    // "stopped falling" landing rule cannot fire there.
    exitFallFraction: 0.5,
    // The floor level follows a foot that stays up with a 2 s time constant (camera drift, a child walking away);
    // a take-off (100-200 ms) loses under 10% of its rise to it.
    groundLeakS: 2,
    // Ankles missing for up to 400 ms (a whole child's flight, CLINICAL.md: 0.3-0.5 s) keep the flight going.
    maxGapMs: 400,
  },
  // TGMD-3 "take off and land on both feet at the same time"; Modified Tuck Jump Assessment "uneven foot contact
  // timing". 100 ms is 3 frames at 30 fps, above the +-1 frame timing error of each foot.
  maxFeetAsymmetryMs: 100,
  // 5% of body height (about 6 cm for a 115 cm child). Source: thigh length 0.245 H (Drillis & Contini 1966); a knee
  // rises thigh x (1 - cos flexion) as its hip flexes: 0.05 H is about 37 degrees of hip flexion, more than walking's
  // ~30 (which has double support, refused by the ankles) and far less than a running or stepping stride's 60-70
  // (0.12-0.16 H). In a two-foot jump the legs move together and the knees' height difference only jitters (MoveNet's
  // ankle jitter on standing frames is 0.24-0.45% of body height sd, two-foot-jump README "Noise": 0.05 is >= 10 sd).
  // Both ways are needed, so one misplaced knee cannot refuse a jump. Check, not derivation: every jump counted on
  // the labelled two-foot clips alternates at most 0.019 (both models; 0.028 on their perturbed Lightning tracks,
  // README "Robustness"), the stepping negative's strides 0.105 and more (both models; its first stride, from
  // standing, shows one knee only, and the walk at its end lifts the knees less). Reason for a second signal: under
  // sensor noise the per-foot timing above fails (an ankle unseen, both ankle keypoints on the lifted foot) and 20
  // strides of speed-step-alternating-feet passed as jumps.
  maxKneeAlternationNorm: 0.05,
  // In a flight the centre of mass (near the pelvis, 0.55 H) must rise; lifting the feet alone (shuffling, a keypoint
  // swap between the ankles in a side view) is not a jump. 3%, the same margin over jitter as the ankle threshold.
  minHipRiseNorm: 0.03,
  // Landing absorption (peak knee flexion) happens within 100-250 ms of touch-down in children's drop landings.
  landingWindowMs: 250,
  // A countermovement takes 300-600 ms before take-off.
  preparationWindowMs: 600,
  // The arms start their upswing before the feet leave the floor: TGMD-3's "arms extend forcefully forward and upward"
  // begins in the push-off. 200 ms is 3 frames at 15 fps and a third of the countermovement above; the value the
  // graders have used since the first version (moved here from window-stats.ts, results unchanged).
  armSwingLeadMs: 200,
  // A two-foot flight is graded at most landingWindowMs (250 ms) after it lands, by which time each foot has made at
  // most two or three flights of its own (a skipping rope: 2-3 per second). 8 keeps every one that can overlap it
  // with a wide margin, and bounds the memory of a long session (moved here from feet-timing.ts, results unchanged).
  footFlightsKept: 8,
  // TGMD-3 criterion 1 "knees flexed": 30 degrees is a visible bend, well above the 5-10 degrees of quiet standing
  // that MoveNet reports on straight legs.
  crouchMinKneeFlexionDeg: 30,
  // Arms behind the body: wrists 5% of body height (one hand width) behind the hips.
  armsBackMinNorm: 0.05,
  // Arms forced downward: the wrists drop by 10% of body height (a third of the arm) during the landing.
  armsDownMinDropNorm: 0.1,
  // Stable landing: the feet stay within 10% of body height (about one foot length) after touch-down.
  stableLandingMaxShiftNorm: 0.1,
};
