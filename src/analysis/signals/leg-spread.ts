// Distance between the ankles relative to hip width (unitless): about 1 with the feet together under the hips, 2.5-3
// at the open position of a jumping jack (measured on the labelled front-view clips). Undefined when a leg keypoint
// is missing, so a rep can say "legs not visible" instead of guessing.
import { KP, type Keypoint } from '../types.ts';
// Keypoint indices read once (a module-namespace lookup per frame costs measurable throughput).
const I_LEFT_ANKLE = KP.left_ankle;
const I_LEFT_HIP = KP.left_hip;
const I_RIGHT_ANKLE = KP.right_ankle;
const I_RIGHT_HIP = KP.right_hip;

/** maxAnkleYPx: ankles lower in the image than this (at the frame's bottom edge) count as not seen. */
export function legSpreadRatio(keypoints: readonly Keypoint[], minScore: number, maxAnkleYPx = Infinity): number | undefined {
  const la = keypoints[I_LEFT_ANKLE]; const ra = keypoints[I_RIGHT_ANKLE];
  const lh = keypoints[I_LEFT_HIP]; const rh = keypoints[I_RIGHT_HIP];
  if (la === undefined || ra === undefined || lh === undefined || rh === undefined) return undefined;
  if (la[2] < minScore || ra[2] < minScore || lh[2] < minScore || rh[2] < minScore) return undefined;
  if (la[1] > maxAnkleYPx || ra[1] > maxAnkleYPx) return undefined;
  const hipWidth = Math.hypot(lh[0] - rh[0], lh[1] - rh[1]);
  if (hipWidth <= 0) return undefined;
  return Math.hypot(la[0] - ra[0], la[1] - ra[1]) / hipWidth;
}
