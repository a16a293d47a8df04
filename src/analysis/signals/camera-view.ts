// Front or side view from one frame: shoulder width against trunk length. Facing the camera the shoulders are about
// as wide as the trunk is long (0.8-1.1); seen from the side they overlap (< 0.4). Criteria that only one view shows
// (arms behind the body: side; legs apart: front) are "not scorable" in the other.
import { KP, type Keypoint } from '../types.ts';
// Keypoint indices read once (a module-namespace lookup per frame costs measurable throughput).
const I_LEFT_HIP = KP.left_hip;
const I_LEFT_SHOULDER = KP.left_shoulder;
const I_RIGHT_HIP = KP.right_hip;
const I_RIGHT_SHOULDER = KP.right_shoulder;

export type CameraView = 'front' | 'side';

/**
 * Shoulder width / trunk length below which the view is a side view, unitless. Source: anthropometry (biacromial
 * breadth about 0.23 H, trunk 0.29 H, Drillis & Contini 1966 -> 0.8 facing); halfway to the overlap of a side view.
 */
export const SIDE_VIEW_MAX_SHOULDER_RATIO = 0.45;

export function cameraViewOf(keypoints: readonly Keypoint[], minScore: number): CameraView | undefined {
  const ls = keypoints[I_LEFT_SHOULDER]; const rs = keypoints[I_RIGHT_SHOULDER];
  const lh = keypoints[I_LEFT_HIP]; const rh = keypoints[I_RIGHT_HIP];
  if (!ls || !rs || !lh || !rh || ls[2] < minScore || rs[2] < minScore || lh[2] < minScore || rh[2] < minScore) return undefined;
  const trunk = Math.hypot((ls[0] + rs[0] - lh[0] - rh[0]) / 2, (ls[1] + rs[1] - lh[1] - rh[1]) / 2);
  if (trunk <= 0) return undefined;
  return Math.abs(ls[0] - rs[0]) / trunk < SIDE_VIEW_MAX_SHOULDER_RATIO ? 'side' : 'front';
}
