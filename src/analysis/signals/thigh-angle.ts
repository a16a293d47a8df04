// Angle of one thigh (hip to knee) away from straight down, in degrees. In a front view this is hip abduction, the
// BESS error "hip abducted more than 30 degrees"; flexion towards the camera barely changes it (foreshortening only).
import { angleFromVerticalDeg, keypointPoint } from '../geometry/points.ts';
import type { Keypoint, Side } from '../types.ts';

/** Thigh angle from vertical (0 = hanging straight down), or undefined when the hip or knee is not seen. */
export function thighAngleDeg(keypoints: readonly Keypoint[], side: Side, minScore: number): number | undefined {
  const hip = keypointPoint(keypoints, `${side}_hip`, minScore);
  const knee = keypointPoint(keypoints, `${side}_knee`, minScore);
  if (!hip || !knee) return undefined;
  // angleFromVerticalDeg measures from straight up: the segment from knee up to hip is 0 when the thigh hangs down.
  return angleFromVerticalDeg(knee, hip);
}
