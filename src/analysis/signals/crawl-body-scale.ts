// Body scale and view of a child on all fours, from one frame. The trunk (shoulder midpoint to hip midpoint) is long in
// a side view but foreshortened in a front view, where the shoulder width is the stable segment; the larger of the two
// estimates is the trunk length in pixels. The same two segments say whether the camera sees the child from the side.
import { keypointPairMidpoint, keypointPoint, pointDistance } from '../geometry/points.ts';
import type { Keypoint } from '../types.ts';

/**
 * Trunk length (shoulder to hip) per shoulder width, unitless. Source: approximate infant proportions (biacromial
 * breadth about 0.22 and shoulder-to-hip about 0.30 of body length, i.e. about 1.35); used only when the trunk is
 * foreshortened (front view), so a 10% error changes front-view thresholds by 10%.
 */
export const TRUNK_PER_SHOULDER_WIDTH = 1.35;

export interface CrawlFrameGeometry {
  /** Trunk length in pixels. */
  readonly trunkPx: number;
  /** 0..1: 1 when the trunk lies across the image (side view), 0 when the shoulders face the camera. */
  readonly sideness: number;
  /** +1 when the head points to image right, -1 to image left (side view travel direction). */
  readonly facing: 1 | -1;
}

/** Trunk length, view and facing from one frame, or undefined when the shoulders are not visible. */
export function crawlFrameGeometry(keypoints: readonly Keypoint[], minScore: number): CrawlFrameGeometry | undefined {
  const shoulders = keypointPairMidpoint(keypoints, 'left_shoulder', 'right_shoulder', minScore);
  if (!shoulders) return undefined;
  const hips = keypointPairMidpoint(keypoints, 'left_hip', 'right_hip', minScore);
  const ls = keypointPoint(keypoints, 'left_shoulder', minScore);
  const rs = keypointPoint(keypoints, 'right_shoulder', minScore);
  const widthPx = ls && rs ? pointDistance(ls, rs) : 0;
  const trunkDxPx = hips ? Math.abs(shoulders.x - hips.x) : 0;
  const trunkPx = Math.max(hips ? pointDistance(shoulders, hips) : 0, widthPx * TRUNK_PER_SHOULDER_WIDTH);
  if (!(trunkPx > 0)) return undefined;
  const nose = keypointPoint(keypoints, 'nose', minScore);
  const headDx = hips ? shoulders.x - hips.x : nose ? nose.x - shoulders.x : 0;
  return { trunkPx, sideness: trunkDxPx / (trunkDxPx + widthPx || 1), facing: headDx >= 0 ? 1 : -1 };
}
