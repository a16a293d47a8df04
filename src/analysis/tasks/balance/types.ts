// Result shapes every balance stance shares: why a hold ended, the BESS errors a camera can see, and what every hold
// reports whatever the stance.
import type { HipSway } from '../../signals/hip-sway.ts';

/** Why a hold ended. "lost from view": the legs left the picture, which says nothing about balance (not a fall). */
export type HoldEndReason = 'touch-down' | 'step' | 'fall' | 'lost from view' | 'trial complete' | 'end of recording';

/** BESS error kinds that a camera can see (CLINICAL.md); eyes opening is not among them. */
export type BalanceErrorKind =
  | 'touch-down' | 'step' | 'fall' | 'hands off hips' | 'trunk lean' | 'hip abduction' | 'out of position';

export interface BalanceError {
  readonly tMs: number;
  readonly kind: BalanceErrorKind;
}

/** What every balance hold reports, whatever the stance. */
export interface HoldCore {
  readonly startMs: number;
  readonly endMs: number;
  readonly durationS: number;
  /** Timing uncertainty of durationS, seconds: start and end are each known to one frame interval. */
  readonly uncertaintyS: number;
  readonly endReason: HoldEndReason;
  /** Mid-hip sway over the hold in body heights; null when the hips were not seen long enough. */
  readonly sway: HipSway | null;
  readonly maxTrunkLeanDeg: number | null;
  /** Largest angle of the lifted thigh (either thigh when no foot is lifted) from vertical: hip abduction in a front
   * view, degrees. */
  readonly maxLiftedThighDeg: number | null;
  /** Times an arm went out from the hips for balance (wrist beyond armOutNorm). */
  readonly armExcursions: number;
  /** Errors seen during the hold, with the one that ended it. */
  readonly errors: readonly BalanceError[];
}
