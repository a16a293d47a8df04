// Result shapes of the single-leg stance: holds on a standing leg, over the balance family's hold and error shapes.
import type { DecisionMargin } from '../../signals/decision-margin.ts';
import type { Side } from '../../types.ts';
import type { BalanceProtocol } from '../balance/constants.ts';
import type { BalanceError, HoldCore } from '../balance/types.ts';
import type { TaskResultBase } from '../types.ts';

export type { BalanceError, BalanceErrorKind, HoldCore, HoldEndReason } from '../balance/types.ts';

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
  readonly protocol: BalanceProtocol;
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
