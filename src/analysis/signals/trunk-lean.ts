// Trunk lean: the angle of the hip-to-shoulder line away from vertical, in degrees (0 = upright). In a front view this
// is the sideways lean that BESS and the PDMS milestone look at; in a side view it is the forward lean.
import { angleFromVerticalDeg, keypointPoint, pointMidpoint, type Point } from '../geometry/points.ts';
import type { Keypoint } from '../types.ts';

/** Lean of the trunk from vertical in degrees, or undefined when neither both pairs nor one whole side is seen. */
export function trunkLeanDeg(keypoints: readonly Keypoint[], minScore: number): number | undefined {
  const ls = keypointPoint(keypoints, 'left_shoulder', minScore);
  const rs = keypointPoint(keypoints, 'right_shoulder', minScore);
  const lh = keypointPoint(keypoints, 'left_hip', minScore);
  const rh = keypointPoint(keypoints, 'right_hip', minScore);
  let shoulders: Point | undefined; let hips: Point | undefined;
  // Mixing a left shoulder with a right hip would tilt the line by the body's width: use pairs, else one whole side.
  if (ls && rs && lh && rh) { shoulders = pointMidpoint(ls, rs); hips = pointMidpoint(lh, rh); }
  else if (ls && lh) { shoulders = ls; hips = lh; }
  else if (rs && rh) { shoulders = rs; hips = rh; }
  if (!shoulders || !hips) return undefined;
  return angleFromVerticalDeg(hips, shoulders);
}
