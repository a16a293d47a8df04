// How far a hand or knee reaches ahead of the trunk, in trunk lengths, in the two views the crawl task supports.
// Side view: along the travel direction (image x towards the head), hands from the shoulders, knees from the hips.
// Front view (child crawling towards the camera): image y downwards, since a hand placed nearer the camera shows lower.
// A swing makes the reach rise quickly; the body then moves over the planted limb and the reach falls slowly.
import { keypointPairMidpoint, keypointPoint } from '../geometry/points.ts';
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

/** The limb's reach in both views, or undefined when the limb or its anchor is not visible. */
export function limbReachNorm(keypoints: readonly Keypoint[], limb: ReachLimb, onFeet: boolean, facing: 1 | -1,
  trunkPx: number, minScore: number): LimbReach | undefined {
  const end = keypointPoint(keypoints, reachEndpoint(limb, onFeet), minScore);
  if (!end) return undefined;
  const isHand = limb === 'leftHand' || limb === 'rightHand';
  const anchor = isHand
    ? keypointPairMidpoint(keypoints, 'left_shoulder', 'right_shoulder', minScore)
    : keypointPairMidpoint(keypoints, 'left_hip', 'right_hip', minScore);
  if (!anchor) return undefined;
  return { sideNorm: ((end.x - anchor.x) * facing) / trunkPx, frontNorm: (end.y - anchor.y) / trunkPx };
}
