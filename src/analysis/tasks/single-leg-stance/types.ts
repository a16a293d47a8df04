// Result shapes of the balance holds (single-leg stance; tandem stance reuses the hold and error shapes).
import type { DecisionMargin } from '../../signals/decision-margin.ts';
import type { HipSway } from '../../signals/hip-sway.ts';
import type { Side } from '../../types.ts';
import type { TaskResultBase } from '../types.ts';
import type { SingleLegProtocol } from './constants.ts';

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

export interface BalanceHold extends HoldCore {
  readonly standingLeg: Side;
  /** How far the decisions that started and ended the hold (and the closest call inside it) were from their
   * thresholds (signals/hold-margins.ts). */
  readonly margins: readonly DecisionMargin[];
}

/** Single-frame verdict for a still image. */
export type StillStance = 'single-leg' | 'two-feet' | 'not scorable';

export interface SingleLegStanceResult extends TaskResultBase {
  readonly task: 'single-leg-stance';
  readonly protocol: SingleLegProtocol;
  readonly holds: readonly BalanceHold[];
  /** Longest hold per standing leg, seconds (null: no hold on that leg). */
  readonly longestHoldS: { readonly left: number | null; readonly right: number | null };
  /** Every error of the recording (timed trial: within the trial), in time order. */
  readonly errors: readonly BalanceError[];
  /** Timed trial only: BESS error score (simultaneous errors once, at most maxTrialErrors); null otherwise. */
  readonly errorScore: number | null;
  /** Stills (a track of one frame) only. */
  readonly stance?: StillStance;
  readonly standingLeg?: Side | null;
}
