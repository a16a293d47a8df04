// Result shapes of the tandem stance. Holds share the balance hold core (single-leg-stance/types.ts).
import type { CameraView } from '../../signals/camera-view.ts';
import type { Side } from '../../types.ts';
import type { TaskResultBase } from '../types.ts';
import type { BalanceProtocol } from '../balance/constants.ts';
import type { BalanceError, HoldCore } from '../balance/types.ts';

export interface TandemHold extends HoldCore {
  /** The foot in front (side view only; null in a front view, where depth cannot be seen). */
  readonly frontFoot: Side | null;
  /** The view most frames of the hold were seen from. */
  readonly view: CameraView | 'unknown';
}

export type TandemStillStance = 'tandem' | 'not tandem' | 'not scorable';

export interface TandemStanceResult extends TaskResultBase {
  readonly task: 'tandem-stance';
  readonly protocol: BalanceProtocol;
  /** The view most frames were seen from: "side" judges heel to toe; "front" only judges the feet in line. */
  readonly view: CameraView | 'unknown';
  readonly holds: readonly TandemHold[];
  readonly longestHoldS: number | null;
  readonly errors: readonly BalanceError[];
  readonly errorScore: number | null;
  /** What this view cannot judge, said instead of guessed. */
  readonly notJudged: readonly string[];
  /** Stills (a track of one frame) only. */
  readonly stance?: TandemStillStance;
  readonly frontFoot?: Side | null;
}
