// Body size in pixels from one frame, to normalise every signal (so that thresholds hold for a child near or far from
// the camera). Standing height is estimated from the trunk and leg segments, which stay visible more often than the
// top of the head.
import { KP, type Keypoint } from '../types.ts';
import { DEFAULT_MIN_KEYPOINT_SCORE } from './points.ts';

/**
 * Ratio of standing height to shoulder-to-hip (trunk) length, unitless. Source: anthropometric segment proportions
 * (Drillis & Contini 1966: shoulder height 0.818 H, hip height 0.530 H, so trunk 0.288 H, giving 3.47; children have
 * relatively larger heads and shorter legs, about 3.3-3.5). Reason: the trunk is the keypoint segment MoveNet finds most
 * reliably, including when the legs are cut off.
 */
export const HEIGHT_PER_TRUNK = 3.4;
/** Ratio of standing height to hip-to-ankle length (Drillis & Contini: hip height 0.530 H, ankle 0.039 H -> 2.04). */
export const HEIGHT_PER_LEG = 2.04;

/**
 * Estimated standing height in pixels from one frame, or undefined when neither trunk nor legs are visible: the largest
 * of trunk x HEIGHT_PER_TRUNK and each fully visible leg x HEIGHT_PER_LEG (a bent knee or a trunk seen foreshortened
 * only ever shortens a segment). Written without allocating: it runs on every frame of every task, and the engine must
 * keep >= 100,000 frames/s (issue 3).
 */
export function bodyHeightPx(k: readonly Keypoint[], minScore = DEFAULT_MIN_KEYPOINT_SCORE): number | undefined {
  let best = -1;
  const sx = pairMid(k, LS, RS, minScore, 0); const sy = pairMid(k, LS, RS, minScore, 1);
  const hx = pairMid(k, LH, RH, minScore, 0); const hy = pairMid(k, LH, RH, minScore, 1);
  if (!Number.isNaN(sx) && !Number.isNaN(hx)) best = Math.hypot(sx - hx, sy - hy) * HEIGHT_PER_TRUNK;
  best = Math.max(best, legPx(k, LH, LK, LA, minScore) * HEIGHT_PER_LEG, legPx(k, RH, RK, RA, minScore) * HEIGHT_PER_LEG);
  return best > 0 ? best : undefined;
}

const [LS, RS, LH, RH, LK, RK, LA, RA] = [KP.left_shoulder, KP.right_shoulder, KP.left_hip, KP.right_hip, KP.left_knee,
  KP.right_knee, KP.left_ankle, KP.right_ankle];

/** One axis of the midpoint of a left/right pair, the visible one alone, or NaN when neither is visible. */
function pairMid(k: readonly Keypoint[], a: number, b: number, minScore: number, axis: 0 | 1): number {
  const pa = k[a]!; const pb = k[b]!;
  const va = pa[2] >= minScore; const vb = pb[2] >= minScore;
  if (va && vb) return (pa[axis] + pb[axis]) / 2;
  return va ? pa[axis] : vb ? pb[axis] : Number.NaN;
}

/** Hip-knee-ankle length in pixels, or -1 when one of the three is not visible. */
function legPx(k: readonly Keypoint[], hip: number, knee: number, ankle: number, minScore: number): number {
  const h = k[hip]!; const n = k[knee]!; const a = k[ankle]!;
  if (h[2] < minScore || n[2] < minScore || a[2] < minScore) return -1;
  return Math.hypot(h[0] - n[0], h[1] - n[1]) + Math.hypot(n[0] - a[0], n[1] - a[1]);
}
