// A fixed-size ring of per-frame jump features (no per-frame allocation: typed arrays reused), so that a rep can be
// graded from the frames around its take-off and landing after it has been detected.
import type { Keypoint } from '../types.ts';
import { KP } from '../types.ts';
import { kneeFlexionDeg } from './knee-flexion.ts';
import { wristAboveHeadNorm, wristRiseNorm } from './wrist-rise.ts';

/** Feature columns; NaN where the keypoints needed were not visible. */
export const FEATURES = ['tMs', 'bodyPx', 'kneeFlexDeg', 'wristAboveHeadNorm', 'wristRiseNorm', 'wristAheadNorm',
  'ankleLX', 'ankleRX', 'ankleLY', 'ankleRY', 'facing', 'hipY'] as const;
export type Feature = (typeof FEATURES)[number];
const COL: { readonly [K in Feature]: number } = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as { [K in Feature]: number };

export class FrameHistory {
  private readonly data: Float64Array;
  private readonly width = FEATURES.length;
  private size = 0;
  private head = 0;

  constructor(private readonly capacity: number) {
    this.data = new Float64Array(capacity * FEATURES.length);
  }

  push(keypoints: readonly Keypoint[] | null, tMs: number, bodyPx: number | undefined, minScore: number): void {
    const o = this.head * this.width;
    const d = this.data;
    d.fill(Number.NaN, o, o + this.width);
    d[o + COL.tMs] = tMs;
    if (keypoints !== null && bodyPx !== undefined) writeFeatures(d, o, keypoints, bodyPx, minScore);
    this.head = (this.head + 1) % this.capacity;
    if (this.size < this.capacity) this.size++;
  }

  /** Time of the newest stored frame, ms (NaN when empty). */
  get lastTMs(): number {
    return this.size === 0 ? Number.NaN : this.data[((this.head - 1 + this.capacity) % this.capacity) * this.width]!;
  }

  /** Calls fn(get) for every stored frame with fromTMs <= tMs <= toTMs, oldest first. */
  forRange(fromTMs: number, toTMs: number, fn: (get: (f: Feature) => number) => void): void {
    const start = (this.head - this.size + this.capacity) % this.capacity;
    let row = 0;
    const get = (f: Feature) => this.data[row * this.width + COL[f]]!;
    for (let i = 0; i < this.size; i++) {
      row = (start + i) % this.capacity;
      const t = this.data[row * this.width]!;
      if (t >= fromTMs && t <= toTMs) fn(get);
    }
  }
}

function writeFeatures(d: Float64Array, o: number, k: readonly Keypoint[], bodyPx: number, minScore: number): void {
  d[o + COL.bodyPx] = bodyPx;
  d[o + COL.kneeFlexDeg] = kneeFlexionDeg(k, minScore) ?? Number.NaN;
  d[o + COL.wristAboveHeadNorm] = wristAboveHeadNorm(k, bodyPx, minScore) ?? Number.NaN;
  d[o + COL.wristRiseNorm] = wristRiseNorm(k, bodyPx, minScore) ?? Number.NaN;
  const la = k[KP.left_ankle]!; const ra = k[KP.right_ankle]!;
  if (la[2] >= minScore) { d[o + COL.ankleLX] = la[0]; d[o + COL.ankleLY] = la[1]; }
  if (ra[2] >= minScore) { d[o + COL.ankleRX] = ra[0]; d[o + COL.ankleRY] = ra[1]; }
  const nose = k[KP.nose]!; const ls = k[KP.left_shoulder]!; const rs = k[KP.right_shoulder]!;
  if (nose[2] >= minScore && ls[2] >= minScore && rs[2] >= minScore) {
    // Facing direction in a side view: the nose is ahead of the shoulders (+1 = facing image right).
    d[o + COL.facing] = Math.sign(nose[0] - (ls[0] + rs[0]) / 2);
  }
  const lh = k[KP.left_hip]!; const rh = k[KP.right_hip]!;
  if (lh[2] >= minScore && rh[2] >= minScore) d[o + COL.hipY] = (lh[1] + rh[1]) / 2;
  const lw = k[KP.left_wrist]!; const rw = k[KP.right_wrist]!;
  if (lh[2] >= minScore && rh[2] >= minScore && (lw[2] >= minScore || rw[2] >= minScore)) {
    const wx = lw[2] >= minScore && rw[2] >= minScore ? (lw[0] + rw[0]) / 2 : lw[2] >= minScore ? lw[0] : rw[0];
    d[o + COL.wristAheadNorm] = (wx - (lh[0] + rh[0]) / 2) / bodyPx; // signed by image x; the grader applies facing
  }
}
