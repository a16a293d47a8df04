// Is a flight of the lower ankle a two-foot jump? Two physical conditions, both measured:
// 1. both feet were on the floor together after the previous flight (double support): running or stepping on
//    alternating feet never has it, a two-foot take-off always does (even with one foot leaving 150 ms early); the
//    detector checks the same after landing (a run lands on one foot while the other swings);
// 2. the hips rose: in a real flight the centre of mass rises, while lifting the feet alone does not move it.
import type { Flight } from '../../signals/flight-phase.ts';
import type { TwoFootJumpConfig } from './constants.ts';
import type { WindowStats } from './window-stats.ts';

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

export function checkTakeoff(p: PendingFlight, prep: WindowStats, air: WindowStats, config: TwoFootJumpConfig): TakeoffVerdict {
  if (p.doubleSupportTMs !== undefined && p.doubleSupportTMs < p.previousLandingTMs) return { ok: false, reason: 'alternating-feet' };
  if (prep.maxHipY !== undefined && air.minHipY !== undefined && prep.bodyPx !== undefined) {
    const rise = (prep.maxHipY - air.minHipY) / prep.bodyPx;
    if (rise < config.minHipRiseNorm) return { ok: false, reason: 'hips-did-not-rise' };
  }
  return { ok: true, doubleSupportSeen: p.doubleSupportTMs !== undefined };
}
