// Synthetic pose tracks of a child standing and balancing, facing the camera, for edge cases the real clips lack.
// Body proportions follow Drillis & Contini (heights as fractions of standing height H); sides are the child's own,
// so the child's left is the image's right. Each test describes the motion as functions of time in seconds.
import { KP, type Keypoint, type PoseFrame, type Side, type SourceInfo } from '../../src/analysis/index.ts';
import { seededGaussian } from './random.ts';

/** Height above the floor (fraction of H) and sideways offset from the midline (fraction of H, + = child's left). */
const BODY: Readonly<Record<keyof typeof KP, readonly [number, number]>> = {
  nose: [0.93, 0], left_eye: [0.945, 0.02], right_eye: [0.945, -0.02], left_ear: [0.935, 0.045], right_ear: [0.935, -0.045],
  left_shoulder: [0.818, 0.13], right_shoulder: [0.818, -0.13], left_elbow: [0.63, 0.16], right_elbow: [0.63, -0.16],
  left_wrist: [0.485, 0.17], right_wrist: [0.485, -0.17], left_hip: [0.53, 0.06], right_hip: [0.53, -0.06],
  left_knee: [0.285, 0.06], right_knee: [0.285, -0.06], left_ankle: [0.039, 0.06], right_ankle: [0.039, -0.06],
};
/** Arm poses: BODY has them hanging at the sides; on the hips the wrists rest on the iliac crest; out for balance
 * the arms are near horizontal. */
const ARMS: Readonly<Record<'hips' | 'out', Readonly<Partial<Record<keyof typeof KP, readonly [number, number]>>>>> = {
  hips: { left_wrist: [0.58, 0.12], right_wrist: [0.58, -0.12], left_elbow: [0.66, 0.2], right_elbow: [0.66, -0.2] },
  out: { left_wrist: [0.8, 0.45], right_wrist: [0.8, -0.45], left_elbow: [0.8, 0.3], right_elbow: [0.8, -0.3] },
};
const UPPER = new Set(['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder',
  'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist', 'left_hip', 'right_hip']);

/** What the child does at time tS. Every field is optional: the default is standing still on both feet. */
export interface BalancePose {
  /** The lifted foot and its ankle's rise above the floor, fraction of H. */
  readonly lift?: { readonly side: Side; readonly liftNorm: number };
  /** Offset of the upper body (hips and above) from standing, fraction of H: x + = image right, y + = down. */
  readonly hipDxNorm?: number;
  readonly hipDyNorm?: number;
  /** Offset of the whole child sideways, fraction of H (walking or drifting; the feet move too). */
  readonly bodyDxNorm?: number;
  /** Sideways offset of one standing ankle, fraction of H (a step). */
  readonly ankleShift?: { readonly side: Side; readonly dxNorm: number };
  /** Sideways image position of each ankle from the midline, fraction of H (+ = image right): a tandem stance seen
   * from the side puts one ahead of the other; the knees follow halfway. */
  readonly feetDxNorm?: { readonly left: number; readonly right: number };
  /** Arms hanging at the sides (default), hands on the hips, or out for balance. */
  readonly arms?: 'sides' | 'hips' | 'out';
  /** false: no person found in this frame. */
  readonly visible?: boolean;
}

export interface SyntheticBalanceOptions {
  readonly fps?: number;
  readonly durationS: number;
  /** Standing height in pixels. */
  readonly heightPx?: number;
  readonly width?: number;
  readonly height?: number;
  /** Image x of the child's midline, pixels. */
  readonly centerX?: number;
  /** Keypoint jitter, pixels (standard deviation); seeded, so tracks are reproducible. */
  readonly noisePx?: number;
  readonly seed?: number;
  /** "side": the child is seen from the side facing image right (left-right offsets shrink to depth, the head leads). */
  readonly view?: 'front' | 'side';
}

export interface SyntheticBalanceTrack {
  readonly source: SourceInfo;
  readonly frames: readonly PoseFrame[];
}

export function syntheticBalanceTrack(opts: SyntheticBalanceOptions, poseAt: (tS: number) => BalancePose): SyntheticBalanceTrack {
  const fps = opts.fps ?? 30;
  const width = opts.width ?? 640;
  const height = opts.height ?? 480;
  const h = opts.heightPx ?? 400;
  const floorY = height - 30;
  const cx = opts.centerX ?? width / 2;
  const noise = seededGaussian(opts.seed ?? 1);
  const frames: PoseFrame[] = [];
  const n = Math.round(opts.durationS * fps);
  for (let i = 0; i < n; i++) {
    const tS = i / fps;
    const pose = poseAt(tS);
    if (pose.visible === false) { frames.push({ tMs: tS * 1000, keypoints: null }); continue; }
    const keypoints = (Object.keys(BODY) as (keyof typeof KP)[]).map((name): Keypoint => {
      const [up, side] = (pose.arms && pose.arms !== 'sides' ? ARMS[pose.arms][name] : undefined) ?? BODY[name];
      const sideView = opts.view === 'side';
      let x = cx + (pose.bodyDxNorm ?? 0) * h + side * h * (sideView ? 0.1 : 1) + (sideView && up > 0.9 ? 0.05 * h : 0);
      const foot = pose.feetDxNorm && (name.endsWith('_ankle') || name.endsWith('_knee'))
        ? pose.feetDxNorm[name.startsWith('left') ? 'left' : 'right'] : undefined;
      if (foot !== undefined) x = cx + (pose.bodyDxNorm ?? 0) * h + foot * h * (name.endsWith('_knee') ? 0.5 : 1);
      let y = floorY - up * h;
      if (UPPER.has(name)) { x += (pose.hipDxNorm ?? 0) * h; y += (pose.hipDyNorm ?? 0) * h; }
      if (name.endsWith('_knee')) { x += ((pose.hipDxNorm ?? 0) * h) / 2; y += ((pose.hipDyNorm ?? 0) * h) / 2; }
      const lifted = pose.lift && name.startsWith(pose.lift.side);
      if (lifted && name.endsWith('_ankle')) y -= pose.lift.liftNorm * h;
      if (lifted && name.endsWith('_knee')) y -= (pose.lift.liftNorm * h) / 2;
      if (pose.ankleShift && name === `${pose.ankleShift.side}_ankle`) x += pose.ankleShift.dxNorm * h;
      x += noise() * (opts.noisePx ?? 0);
      y += noise() * (opts.noisePx ?? 0);
      // Out of the picture MoveNet still answers, clamped to the border with a low score (seen on the real clips).
      const inside = x >= 0 && x <= width && y >= 0 && y <= height;
      return inside ? [x, y, 0.9] : [Math.min(Math.max(x, 0), width), Math.min(Math.max(y, 0), height), 0.1];
    });
    frames.push({ tMs: tS * 1000, keypoints });
  }
  return { source: { width, height, fps }, frames };
}

/** A hold on one leg between startS and endS (foot lifted liftNorm), both feet down otherwise. */
export const holdBetween = (startS: number, endS: number, side: Side = 'left', liftNorm = 0.2) =>
  (tS: number): BalancePose => (tS >= startS && tS < endS ? { lift: { side, liftNorm } } : {});
