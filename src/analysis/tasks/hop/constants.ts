// Hop on one foot: every threshold with its unit, source and reason. Flight detection is the two-foot jump's
// (same physics, same jitter); what makes a hop is the other foot held off the floor throughout.
import type { FlightPhaseConfig } from '../../signals/flight-phase.ts';
import { DEFAULT_TWO_FOOT_JUMP_CONFIG } from '../jumps/two-foot-constants.ts';

export interface HopConfig {
  readonly minKeypointScore: number;
  readonly flight: FlightPhaseConfig;
  /** The free ankle must stay at least this much above the support ankle, body heights. */
  readonly freeFootMinLiftNorm: number;
  /** ...from this long before take-off to this long after landing, ms. */
  readonly holdMarginMs: number;
  /** Smallest rise of the hips in flight, body heights (a foot lift alone is not a hop). */
  readonly minHipRiseNorm: number;
  /** Window before take-off in which the hips' lowest point is looked for (the hip-rise check), ms. */
  readonly preparationWindowMs: number;
  /** Longest pause between hops of one run, ms. */
  readonly maxRunGapMs: number;
  /** Fore-aft range of the free ankle that counts as a pendulum swing (side view), body heights. */
  readonly pendulumMinSwingNorm: number;
  /** The free foot may be at most this far in front of the hopping foot and still be "behind" (side view), body heights. */
  readonly freeFootAheadMaxNorm: number;
  /** Fore-aft range of the wrists that counts as arms swinging forward (side view), body heights. */
  readonly armSwingMinNorm: number;
  /** TGMD-3 hop criterion 4: hops in a row on the preferred foot. */
  readonly consecutiveHops: number;
}

export const DEFAULT_HOP_CONFIG: HopConfig = {
  minKeypointScore: DEFAULT_TWO_FOOT_JUMP_CONFIG.minKeypointScore,
  flight: DEFAULT_TWO_FOOT_JUMP_CONFIG.flight,
  // 6% of body height (about 7 cm for a child): twice the flight threshold, so a free foot merely bouncing with the
  // body is not "held up"; a child's bent free leg holds the ankle 15-30% up (TGMD-3 pictures: shin near horizontal).
  freeFootMinLiftNorm: 0.06,
  // The free foot must already be up 150 ms before take-off and still up 150 ms after landing: one frame either side
  // at 15 fps (67 ms) with a margin. Running lands on the other foot, so it fails this.
  holdMarginMs: 150,
  minHipRiseNorm: DEFAULT_TWO_FOOT_JUMP_CONFIG.minHipRiseNorm,
  // The two-foot jump's countermovement window (300-600 ms before take-off): a hop's dip before it is no longer.
  preparationWindowMs: DEFAULT_TWO_FOOT_JUMP_CONFIG.preparationWindowMs,
  // Children hop at 1.5-3 hops/s; a pause over 1 s ends the run (TGMD-3 counts consecutive hops).
  maxRunGapMs: 1000,
  // Pendulum: the free ankle travels 10% of body height fore-aft (a visible swing, 3x the flight threshold).
  pendulumMinSwingNorm: 0.1,
  // "Remains behind the hopping leg": never more than 3% of body height (under a foot width) in front of it.
  freeFootAheadMaxNorm: 0.03,
  // Arms swing forward: wrists travel 8% of body height fore-aft relative to the hips.
  armSwingMinNorm: 0.08,
  // TGMD-3: "hops four consecutive times on the preferred foot".
  consecutiveHops: 4,
};
