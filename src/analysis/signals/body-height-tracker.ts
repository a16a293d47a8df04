// Smoothed standing height in pixels, frame by frame, to normalise every jump signal by body size (a child drifting
// towards the camera grows in the image; thresholds in body heights stay valid). Holds the last value through gaps.
import { HEIGHT_PER_LEG, HEIGHT_PER_TRUNK } from '../geometry/body-scale.ts';
import { LowPassFilter } from '../filters/low-pass.ts';
import { KP, type Keypoint } from '../types.ts';

/**
 * Cut-off of the body-height smoothing, Hz. Source: jump and jack cycles run at 1.5-3 Hz (labels.json clips: periods
 * 0.33-0.6 s); a bent knee shortens the leg estimate within a cycle. Reason: 0.3 Hz follows a drift towards the camera
 * (seconds) but not the within-jump shortening.
 */
export const BODY_HEIGHT_CUTOFF_HZ = 0.3;

export class BodyHeightTracker {
  private readonly filter = new LowPassFilter(BODY_HEIGHT_CUTOFF_HZ);
  private current: number | undefined;

  constructor(private readonly minScore: number) {}

  /** Updates with one frame; returns the smoothed height in px, or undefined until a body has been seen. */
  update(keypoints: readonly Keypoint[] | null, tMs: number): number | undefined {
    if (keypoints === null) return this.current;
    const h = bodyHeightNoAlloc(keypoints, this.minScore);
    if (h !== undefined && h > 0) this.current = this.filter.apply(h, tMs);
    return this.current;
  }

  get heightPx(): number | undefined {
    return this.current;
  }

  reset(): void {
    this.filter.reset();
    this.current = undefined;
  }
}

const [LS, RS, LH, RH, LK, RK, LA, RA] = [KP.left_shoulder, KP.right_shoulder, KP.left_hip, KP.right_hip, KP.left_knee,
  KP.right_knee, KP.left_ankle, KP.right_ankle];

/**
 * The same estimate as geometry/body-scale.ts bodyHeightPx (largest of trunk x HEIGHT_PER_TRUNK and each full leg x
 * HEIGHT_PER_LEG), computed without allocating: it runs on every frame and the engine must keep >= 100,000 frames/s.
 */
export function bodyHeightNoAlloc(k: readonly Keypoint[], minScore: number): number | undefined {
  let best = -1;
  const sx = pairMid(k, LS, RS, minScore, 0); const sy = pairMid(k, LS, RS, minScore, 1);
  const hx = pairMid(k, LH, RH, minScore, 0); const hy = pairMid(k, LH, RH, minScore, 1);
  if (!Number.isNaN(sx) && !Number.isNaN(hx)) best = Math.hypot(sx - hx, sy - hy) * HEIGHT_PER_TRUNK;
  best = Math.max(best, legPx(k, LH, LK, LA, minScore) * HEIGHT_PER_LEG, legPx(k, RH, RK, RA, minScore) * HEIGHT_PER_LEG);
  return best > 0 ? best : undefined;
}

function pairMid(k: readonly Keypoint[], a: number, b: number, minScore: number, axis: 0 | 1): number {
  const pa = k[a]!; const pb = k[b]!;
  const va = pa[2] >= minScore; const vb = pb[2] >= minScore;
  if (va && vb) return (pa[axis] + pb[axis]) / 2;
  return va ? pa[axis] : vb ? pb[axis] : Number.NaN;
}

function legPx(k: readonly Keypoint[], hip: number, knee: number, ankle: number, minScore: number): number {
  const h = k[hip]!; const n = k[knee]!; const a = k[ankle]!;
  if (h[2] < minScore || n[2] < minScore || a[2] < minScore) return -1;
  return Math.hypot(h[0] - n[0], h[1] - n[1]) + Math.hypot(n[0] - a[0], n[1] - a[1]);
}
