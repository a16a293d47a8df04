// What the frames around one flight say about a hop: which foot stayed on the floor side (the lower ankle), whether
// the other foot stayed up the whole time, and the side-view swings that TGMD-3 hop criteria look at.
import type { FrameHistory } from '../../signals/frame-history.ts';
import type { Side } from '../../types.ts';

export interface HopWindow {
  /** The lower foot, when it was the same foot in every frame with both ankles visible. */
  readonly support: Side | undefined;
  /** Smallest height of the free ankle above the support ankle, body heights; undefined without both ankles. */
  readonly minFreeLiftNorm: number | undefined;
  /** Fore-aft position of the free ankle relative to the support ankle, signed by facing (+ = in front), body heights. */
  readonly freeAheadMinNorm: number | undefined;
  readonly freeAheadMaxNorm: number | undefined;
  /** Fore-aft range of the wrists relative to the hips, body heights. */
  readonly wristSwingNorm: number | undefined;
}

export function hopWindow(history: FrameHistory, fromTMs: number, toTMs: number): HopWindow {
  let support: Side | undefined; let mixed = false;
  let minLift = Number.NaN; let aheadMin = Number.NaN; let aheadMax = Number.NaN; let wMin = Number.NaN; let wMax = Number.NaN;
  history.forRange(fromTMs, toTMs, (get) => {
    const yl = get('ankleLY'); const yr = get('ankleRY'); const body = get('bodyPx');
    if (!Number.isNaN(yl) && !Number.isNaN(yr) && !Number.isNaN(body)) {
      const s: Side = yl > yr ? 'left' : 'right';
      if (support !== undefined && s !== support) mixed = true;
      support = s;
      const lift = Math.abs(yl - yr) / body;
      if (!(lift >= minLift)) minLift = lift;
      const facing = get('facing');
      if (facing !== 0 && !Number.isNaN(facing)) {
        const ahead = (s === 'left' ? get('ankleRX') - get('ankleLX') : get('ankleLX') - get('ankleRX')) * facing / body;
        if (!(ahead >= aheadMin)) aheadMin = ahead;
        if (!(ahead <= aheadMax)) aheadMax = ahead;
        const w = get('wristAheadNorm') * facing;
        if (!(w >= wMin)) wMin = w;
        if (!(w <= wMax)) wMax = w;
      }
    }
  });
  const num = (v: number) => (Number.isNaN(v) ? undefined : v);
  return { support: mixed ? undefined : support, minFreeLiftNorm: num(minLift), freeAheadMinNorm: num(aheadMin),
    freeAheadMaxNorm: num(aheadMax), wristSwingNorm: num(wMax - wMin) };
}
