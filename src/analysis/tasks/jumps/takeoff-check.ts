// Is a flight of the lower ankle a two-foot jump? Four physical conditions, each measured where it can be:
// 1. both feet were on the floor together after the previous flight (double support): running or stepping on
//    alternating feet never has it, a two-foot take-off always does (even with one foot leaving 150 ms early); the
//    detector checks the same after landing (a run lands on one foot while the other swings);
// 2. both feet left the floor: when both ankles are seen on every frame of the flight, each foot's own flight
//    detector must have a flight overlapping it. A foot that never rose enterRiseNorm above its own floor level took
//    no part in the take-off: it was already in the air (a running stride whose swing foot stopped falling above the
//    floor for a few frames, which the per-foot detector takes for a contact and so for double support) or it stayed
//    down while the other foot lifted. With an ankle unseen on some frame the check is not made (benefit of the doubt);
// 3. the knees did not take turns (a second signal that must agree with the ankles' timing, which keypoint noise
//    defeats: under sensor noise an ankle goes unseen or both ankle keypoints land on the lifted foot, so the feet
//    seem to leave together and the checks above give the benefit of the doubt). From the start of the preparation
//    window to landing, each knee rising above the other by more than maxKneeAlternationNorm is stepping or running;
//    in a two-foot jump the legs move together. Knees seen on too few frames: not checked (benefit of the doubt);
// 4. the hips rose: in a real flight the centre of mass rises, while lifting the feet alone does not move it.
import type { Flight } from '../../signals/flight-phase.ts';
import type { TwoFootJumpConfig } from './two-foot-constants.ts';
import { hipRiseNorm, type JumpWindows } from './window-stats.ts';

export interface PendingFlight {
  readonly flight: Flight;
  /** Last time both feet were seen on the floor before this take-off, ms; undefined when a foot was not visible. */
  readonly doubleSupportTMs: number | undefined;
  /** Landing of the flight before, ms (-Infinity for the first). */
  readonly previousLandingTMs: number;
}

export type TakeoffVerdict =
  | { readonly ok: true; readonly doubleSupportSeen: boolean }
  | { readonly ok: false; readonly reason: 'alternating-feet' | 'hips-did-not-rise' };

/** Each foot's own flight overlapping the two-foot flight (feet-timing.ts), undefined when that foot had none. */
export interface FootFlights {
  readonly left: Flight | undefined;
  readonly right: Flight | undefined;
}

export function checkTakeoff(p: PendingFlight, feet: FootFlights, windows: JumpWindows, config: TwoFootJumpConfig): TakeoffVerdict {
  const { prep, flight: air, knees } = windows;
  if (p.doubleSupportTMs !== undefined && p.doubleSupportTMs < p.previousLandingTMs) return { ok: false, reason: 'alternating-feet' };
  if ((feet.left === undefined || feet.right === undefined) && air.frames > 0 && air.framesMissingAnAnkle === 0) {
    return { ok: false, reason: 'alternating-feet' };
  }
  if (knees.amplitudeNorm !== undefined && knees.amplitudeNorm > config.maxKneeAlternationNorm) return { ok: false, reason: 'alternating-feet' };
  const rise = hipRiseNorm(prep, air);
  if (rise !== undefined && rise < config.minHipRiseNorm) return { ok: false, reason: 'hips-did-not-rise' };
  return { ok: true, doubleSupportSeen: p.doubleSupportTMs !== undefined };
}
