// MoveNet single-pose estimator shared by the browser and Node: wraps pose-detection, converts its output to PoseFrame
// (17 COCO keypoints by the person's own side, x/y in source pixels) and owns every tensor it creates.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-converter';
import * as poseDetection from '@tensorflow-models/pose-detection';
import { KEYPOINT_NAMES, type Keypoint, type ModelName, type PoseFrame } from '../analysis/index.ts';

export type ModelChoice = 'lightning' | 'thunder';
export const MODEL_OF_CHOICE: { readonly [C in ModelChoice]: ModelName } = {
  lightning: 'movenet-lightning',
  thunder: 'movenet-thunder',
};

/**
 * Minimum MoveNet pose score for "a person is in the frame" (unitless, 0..1). Source: pose-detection's own default
 * DEFAULT_MIN_POSE_SCORE = 0.25. Reason: below it MoveNet's output is mostly noise; the frame becomes "no person".
 */
export const MIN_POSE_SCORE = 0.25;

/** An image MoveNet can read: a browser element or an [height, width, 3] tensor. */
export type PoseInput = poseDetection.PoseDetectorInput;

export interface PoseEstimator {
  readonly model: ModelName;
  /** The tfjs backend actually in use, read back after setBackend (it can fall back silently). */
  readonly backend: string;
  /** Estimates one frame. tMs is the frame's own timestamp. */
  estimate(input: PoseInput, tMs: number): Promise<PoseFrame>;
  /** Estimates from raw RGB pixels (Node, tests): the input tensor is created and disposed here. */
  estimateRgb(rgb: Uint8Array, width: number, height: number, tMs: number): Promise<PoseFrame>;
  /** Forget the previous pose: MoveNet crops around it, so call this between unrelated images or clips. */
  reset(): void;
  dispose(): void;
}

/** A model to load: a URL (browser) or a tfjs IOHandler (Node reads the files itself). */
export type ModelSource = string | tf.io.IOHandler;

export async function createPoseEstimator(model: ModelChoice, source: ModelSource): Promise<PoseEstimator> {
  await tf.ready();
  const detector = await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
    modelType: model === 'thunder' ? poseDetection.movenet.modelType.SINGLEPOSE_THUNDER
      : poseDetection.movenet.modelType.SINGLEPOSE_LIGHTNING,
    modelUrl: source,
    // The analysis layer filters deterministically itself; the library's smoothing would add lag to take-off and
    // landing times and makes the track depend on the playback clock.
    enableSmoothing: false,
    minPoseScore: MIN_POSE_SCORE,
  });
  const toFrame = (poses: poseDetection.Pose[], tMs: number): PoseFrame => {
    const pose = poses[0];
    if (pose === undefined || pose.keypoints.length !== KEYPOINT_NAMES.length) return { tMs, keypoints: null };
    const byName = new Map(pose.keypoints.map((k) => [k.name, k]));
    const keypoints: Keypoint[] = KEYPOINT_NAMES.map((name) => {
      const k = byName.get(name);
      return k === undefined ? [0, 0, 0] : [k.x, k.y, k.score ?? 0];
    });
    return { tMs, keypoints };
  };
  const estimate = async (input: PoseInput, tMs: number) =>
    toFrame(await detector.estimatePoses(input, { maxPoses: 1, flipHorizontal: false }, tMs), tMs);
  return {
    model: MODEL_OF_CHOICE[model],
    backend: tf.getBackend(),
    estimate,
    async estimateRgb(rgb, width, height, tMs) {
      const image = tf.tensor3d(rgb, [height, width, 3], 'int32');
      try {
        return await estimate(image, tMs);
      } finally {
        image.dispose();
      }
    },
    reset: () => detector.reset(),
    dispose: () => detector.dispose(),
  };
}
