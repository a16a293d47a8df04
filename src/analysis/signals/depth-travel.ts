// Travel along the camera axis: a child jumping toward (or away from) a camera grows (or shrinks) in the picture. In a
// front view the shoulders and hips are horizontal segments whose image width changes with distance only (bending,
// crouching and leaning forward do not shorten them, unlike the trunk or the legs), so their width before take-off and
// after landing tells whether a jump travelled in depth, which the image cannot measure as a distance.
import { KP, type Keypoint } from '../types.ts';
import { cameraViewOf } from './camera-view.ts';

/**
 * Growth of the body's width in the picture between take-off and landing that shows travel toward the camera (or
 * shrinking away from it), fraction. Source: pinhole camera, size proportional to 1/distance: a standing long jump of
 * at least 0.3 m (TGMD-3 norms, 3-year-olds 30-60 cm) filmed from 3.5 m or nearer grows the child by >= 9%; a jump in
 * place drifts under 0.1 m (<= 3%); the median width over a window varies about 1-2% with keypoint jitter. Reason:
 * between the two, with room on either side.
 */
export const DEPTH_TRAVEL_MIN_GROWTH = 0.08;

/** Frames of width kept: 4 s at 60 fps covers a take-off window, a flight and a landing window. */
const CAPACITY = 256;

/** Mean of the shoulder and hip widths of a front-view frame, px; undefined in a side view or when not seen. */
export function frontWidthPx(k: readonly Keypoint[], minScore: number): number | undefined {
  if (cameraViewOf(k, minScore) !== 'front') return undefined;
  const w = (a: number, b: number) => (k[a]![2] >= minScore && k[b]![2] >= minScore ? Math.abs(k[a]![0] - k[b]![0]) : Number.NaN);
  const s = w(KP.left_shoulder, KP.right_shoulder); const h = w(KP.left_hip, KP.right_hip);
  const v = Number.isNaN(s) ? h : Number.isNaN(h) ? s : (s + h) / 2;
  return Number.isNaN(v) || v <= 0 ? undefined : v;
}

export class DepthTravelLog {
  private readonly tMs = new Float64Array(CAPACITY);
  private readonly widthPx = new Float64Array(CAPACITY);
  private size = 0;
  private head = 0;

  constructor(private readonly minScore: number) {}

  push(keypoints: readonly Keypoint[] | null, tMs: number): void {
    const w = keypoints === null ? undefined : frontWidthPx(keypoints, this.minScore);
    this.tMs[this.head] = tMs; this.widthPx[this.head] = w ?? Number.NaN;
    this.head = (this.head + 1) % CAPACITY;
    if (this.size < CAPACITY) this.size++;
  }

  /**
   * Width after landing over width before take-off, minus 1 (0.25: grew by a quarter); undefined when either window
   * has no front-view frame.
   */
  growth(takeoffTMs: number, landingTMs: number, windowMs: number): number | undefined {
    const before = this.median(takeoffTMs - windowMs, takeoffTMs);
    const after = this.median(landingTMs, landingTMs + windowMs);
    return before === undefined || after === undefined ? undefined : after / before - 1;
  }

  private median(fromTMs: number, toTMs: number): number | undefined {
    const v: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const j = (this.head - 1 - i + CAPACITY) % CAPACITY;
      const t = this.tMs[j]!;
      if (t >= fromTMs && t <= toTMs && !Number.isNaN(this.widthPx[j]!)) v.push(this.widthPx[j]!);
    }
    if (v.length === 0) return undefined;
    v.sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  }
}
