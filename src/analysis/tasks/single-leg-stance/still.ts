// A still image (a track of one frame): is the person on one foot or two, and on which leg? The same lift signal and
// thresholds as the holds, without the time rules (a photo has no duration).
import type { BalanceFrame } from '../../signals/balance-frame.ts';
import type { Side } from '../../types.ts';
import type { SingleLegStanceConfig } from './constants.ts';
import type { StillStance } from './types.ts';

export interface StillVerdict {
  readonly stance: StillStance;
  readonly standingLeg: Side | null;
  readonly flags: readonly string[];
}

export function classifyStill(f: BalanceFrame, cfg: SingleLegStanceConfig): StillVerdict {
  if (!f.legsSeen || f.lift === undefined) {
    return { stance: 'not scorable', standingLeg: null, flags: ['legs not visible: both ankles and the hips are needed'] };
  }
  const { liftNorm, liftedSide } = f.lift;
  if (liftNorm >= cfg.liftOnNorm) {
    return { stance: 'single-leg', standingLeg: liftedSide === 'left' ? 'right' : 'left', flags: [] };
  }
  // Between the two thresholds a heel raise, a staggered stance and a barely lifted foot look alike: call it two feet
  // and say so, rather than claim a single-leg stance from a photo.
  const flags = liftNorm >= cfg.liftOffNorm
    ? [`one foot slightly higher (${liftNorm.toFixed(2)} of body height): judged two feet`] : [];
  return { stance: 'two-feet', standingLeg: null, flags };
}
