// A fixed-size ring of per-frame jump features (no per-frame allocation: typed arrays reused), so that a rep can be
// graded from the frames around its take-off and landing after it has been detected.
import type { Keypoint } from '../types.ts';
import { KP } from '../types.ts';
import { kneeFlexionDeg } from './knee-flexion.ts';
import { wristAboveHeadNorm, wristRiseNorm } from './wrist-rise.ts';
// Keypoint indices read once (a module-namespace lookup per frame costs measurable throughput).
const I_LEFT_ANKLE = KP.left_ankle;
const I_LEFT_HIP = KP.left_hip;
const I_LEFT_KNEE = KP.left_knee;
const I_LEFT_SHOULDER = KP.left_shoulder;
const I_LEFT_WRIST = KP.left_wrist;
const I_NOSE = KP.nose;
const I_RIGHT_ANKLE = KP.right_ankle;
const I_RIGHT_HIP = KP.right_hip;
const I_RIGHT_KNEE = KP.right_knee;
const I_RIGHT_SHOULDER = KP.right_shoulder;
const I_RIGHT_WRIST = KP.right_wrist;

/**
 * Feature columns; NaN where the keypoints needed were not visible. kneeGapNorm: left knee's image y minus the right
 * knee's, body heights (positive: the right knee is higher), for the knee-alternation check (knee-alternation.ts).
 */
export const FEATURES = ['tMs', 'bodyPx', 'kneeFlexDeg', 'wristAboveHeadNorm', 'wristRiseNorm', 'wristAheadNorm',
  'ankleLX', 'ankleRX', 'ankleLY', 'ankleRY', 'facing', 'hipY', 'kneeGapNorm'] as const;
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
    const cap = this.capacity;
    const w = this.width;
    // Windows are recent: walk back from the newest frame to the window's start, then forward through it.
    let back = 0;
    while (back < this.size && this.data[((this.head - 1 - back + 2 * cap) % cap) * w]! >= fromTMs) back++;
    let row = 0;
    const get = (f: Feature) => this.data[row * w + COL[f]]!;
    for (let i = back; i > 0; i--) {
      row = (this.head - i + 2 * cap) % cap;
      const t = this.data[row * w]!;
      if (t > toTMs) break;
      fn(get);
    }
  }
}

function writeFeatures(d: Float64Array, o: number, k: readonly Keypoint[], bodyPx: number, minScore: number): void {
  d[o + COL.bodyPx] = bodyPx;
  d[o + COL.kneeFlexDeg] = kneeFlexionDeg(k, minScore) ?? Number.NaN;
  d[o + COL.wristAboveHeadNorm] = wristAboveHeadNorm(k, bodyPx, minScore) ?? Number.NaN;
  d[o + COL.wristRiseNorm] = wristRiseNorm(k, bodyPx, minScore) ?? Number.NaN;
  const la = k[I_LEFT_ANKLE]!; const ra = k[I_RIGHT_ANKLE]!;
  if (la[2] >= minScore) { d[o + COL.ankleLX] = la[0]; d[o + COL.ankleLY] = la[1]; }
  if (ra[2] >= minScore) { d[o + COL.ankleRX] = ra[0]; d[o + COL.ankleRY] = ra[1]; }
  const nose = k[I_NOSE]!; const ls = k[I_LEFT_SHOULDER]!; const rs = k[I_RIGHT_SHOULDER]!;
  if (nose[2] >= minScore && ls[2] >= minScore && rs[2] >= minScore) {
    // Facing direction in a side view: the nose is ahead of the shoulders (+1 = facing image right).
    d[o + COL.facing] = Math.sign(nose[0] - (ls[0] + rs[0]) / 2);
  }
  const lh = k[I_LEFT_HIP]!; const rh = k[I_RIGHT_HIP]!;
  if (lh[2] >= minScore && rh[2] >= minScore) d[o + COL.hipY] = (lh[1] + rh[1]) / 2;
  const lk = k[I_LEFT_KNEE]!; const rk = k[I_RIGHT_KNEE]!;
  if (lk[2] >= minScore && rk[2] >= minScore) d[o + COL.kneeGapNorm] = (lk[1] - rk[1]) / bodyPx;
  const lw = k[I_LEFT_WRIST]!; const rw = k[I_RIGHT_WRIST]!;
  if (lh[2] >= minScore && rh[2] >= minScore && (lw[2] >= minScore || rw[2] >= minScore)) {
    const wx = lw[2] >= minScore && rw[2] >= minScore ? (lw[0] + rw[0]) / 2 : lw[2] >= minScore ? lw[0] : rw[0];
    d[o + COL.wristAheadNorm] = (wx - (lh[0] + rh[0]) / 2) / bodyPx; // signed by image x; the grader applies facing
  }
}
