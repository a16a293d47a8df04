// How far a hand or knee reaches ahead of the trunk, in trunk lengths, in the two views the crawl task supports.
// Side view: along the travel direction (image x towards the head), hands from the shoulders, knees from the hips.
// Front view (child crawling towards the camera): image y downwards, since a hand placed nearer the camera shows lower.
// A swing makes the reach rise quickly; the body then moves over the planted limb and the reach falls slowly.
import { keypointPairMidpoint, keypointPoint, type Point } from '../geometry/points.ts';
import type { Keypoint, KeypointName } from '../types.ts';

export type ReachLimb = 'leftHand' | 'rightHand' | 'leftKnee' | 'rightKnee';

const ENDPOINT: Readonly<Record<ReachLimb, KeypointName>> = {
  leftHand: 'left_wrist', rightHand: 'right_wrist', leftKnee: 'left_knee', rightKnee: 'right_knee',
};

/** The keypoint whose steps are timed: ankles replace knees for a child on hands and feet (bear crawl). */
export function reachEndpoint(limb: ReachLimb, onFeet: boolean): KeypointName {
  if (onFeet && limb === 'leftKnee') return 'left_ankle';
  if (onFeet && limb === 'rightKnee') return 'right_ankle';
  return ENDPOINT[limb];
}

export interface LimbReach { readonly sideNorm: number; readonly frontNorm: number }

/** The trunk points reaches are measured from: shoulder and hip midpoints of one frame (computed once per frame). */
export interface ReachAnchors { readonly shoulders: Point | undefined; readonly hips: Point | undefined }

export function reachAnchors(keypoints: readonly Keypoint[], minScore: number): ReachAnchors {
  return {
    shoulders: keypointPairMidpoint(keypoints, 'left_shoulder', 'right_shoulder', minScore),
    hips: keypointPairMidpoint(keypoints, 'left_hip', 'right_hip', minScore),
  };
}

/** The limb's reach in both views, or undefined when the limb or its anchor is not visible. */
export function limbReachNorm(keypoints: readonly Keypoint[], limb: ReachLimb, onFeet: boolean, anchors: ReachAnchors,
  facing: 1 | -1, trunkPx: number, minScore: number): LimbReach | undefined {
  const end = keypointPoint(keypoints, reachEndpoint(limb, onFeet), minScore);
  if (!end) return undefined;
  const anchor = limb === 'leftHand' || limb === 'rightHand' ? anchors.shoulders : anchors.hips;
  if (!anchor) return undefined;
  return { sideNorm: ((end.x - anchor.x) * facing) / trunkPx, frontNorm: (end.y - anchor.y) / trunkPx };
}
