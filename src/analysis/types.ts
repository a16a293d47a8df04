// Core data types of the analysis layer: timestamped pose frames in, task results out.
// Sides are always the person's own (MoveNet's left_* is the person's left: the image's right when facing the camera).

/** The 17 COCO keypoints in MoveNet's output order. Don't change the order: tracks store keypoints by index. */
export const KEYPOINT_NAMES = [
  'nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear',
  'left_shoulder', 'right_shoulder', 'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist',
  'left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle',
] as const;

export type KeypointName = (typeof KEYPOINT_NAMES)[number];

/** Index of each keypoint in a frame's keypoint array. */
export const KP: { readonly [K in KeypointName]: number } = Object.fromEntries(
  KEYPOINT_NAMES.map((name, index) => [name, index]),
) as { [K in KeypointName]: number };

/** One keypoint: x and y in source pixels (origin top-left, y down), score in 0..1. */
export type Keypoint = readonly [xPx: number, yPx: number, score: number];

/** One analysed frame. keypoints is null when no person was found in it. */
export interface PoseFrame {
  readonly tMs: number;
  readonly keypoints: readonly Keypoint[] | null;
  /**
   * How far the picture itself moved since the last earlier frame that carries this field, or since the first frame
   * (the camera's motion, measured on the background outside the person: src/pose/camera-motion.ts), in source pixels,
   * right and down: summed over frames, the camera's whole motion. Absent where it was not measured (a plain wall, a
   * cut, an older track): the analysis then holds the last offset.
   */
  readonly cameraPx?: readonly [dxPx: number, dyPx: number];
  /**
   * True where the picture changed since the previous frame (a cut: its background lines up with the previous frame's
   * at no shift, src/pose/camera-motion.ts). Absent otherwise, and in older tracks: the analysis then judges the frame
   * as before. The keypoint-glitch filter trusts a whole-body jump at once on such a frame.
   */
  readonly cameraCut?: true;
  /**
   * Mean luma of the picture (0 black .. 1 white), measured by the pose layer where the pixels are; absent when not
   * measured (Node, tracks). The setup check's "enough light" reads it; tracks do not store it.
   */
  readonly luma?: number;
}

export type ModelName = 'movenet-lightning' | 'movenet-thunder';
export const MODEL_NAMES: readonly ModelName[] = ['movenet-lightning', 'movenet-thunder'];

/** The child's own side. */
export type Side = 'left' | 'right';

/** What an analysis needs to know about the source besides the frames. */
export interface SourceInfo {
  readonly width: number;
  readonly height: number;
  /** Nominal frames per second; frame times come from each frame's tMs. */
  readonly fps: number;
  /** The child's standing height, when known, to report distances and heights in cm. */
  readonly childHeightCm?: number;
}
