// Body size in pixels from one frame, to normalise every signal (so that thresholds hold for a child near or far from
// the camera). Standing height is estimated from the trunk and leg segments, which stay visible more often than the
// top of the head.
import type { Keypoint } from '../types.ts';
import { DEFAULT_MIN_KEYPOINT_SCORE, keypointPairMidpoint, keypointPoint, pointDistance } from './points.ts';

/**
 * Ratio of standing height to shoulder-to-hip (trunk) length, unitless. Source: anthropometric segment proportions
 * (Drillis & Contini 1966: shoulder height 0.818 H, hip height 0.530 H, so trunk 0.288 H, giving 3.47; children have
 * relatively larger heads and shorter legs, about 3.3-3.5). Reason: the trunk is the keypoint segment MoveNet finds most
 * reliably, including when the legs are cut off.
 */
export const HEIGHT_PER_TRUNK = 3.4;
/** Ratio of standing height to hip-to-ankle length (Drillis & Contini: hip height 0.530 H, ankle 0.039 H -> 2.04). */
export const HEIGHT_PER_LEG = 2.04;

/** Estimated standing height in pixels from one frame, or undefined when neither trunk nor legs are visible. */
export function bodyHeightPx(keypoints: readonly Keypoint[], minScore = DEFAULT_MIN_KEYPOINT_SCORE): number | undefined {
  const shoulders = keypointPairMidpoint(keypoints, 'left_shoulder', 'right_shoulder', minScore);
  const hips = keypointPairMidpoint(keypoints, 'left_hip', 'right_hip', minScore);
  const estimates: number[] = [];
  if (shoulders && hips) estimates.push(pointDistance(shoulders, hips) * HEIGHT_PER_TRUNK);
  for (const side of ['left', 'right'] as const) {
    const hip = keypointPoint(keypoints, `${side}_hip`, minScore);
    const knee = keypointPoint(keypoints, `${side}_knee`, minScore);
    const ankle = keypointPoint(keypoints, `${side}_ankle`, minScore);
    if (hip && knee && ankle) estimates.push((pointDistance(hip, knee) + pointDistance(knee, ankle)) * HEIGHT_PER_LEG);
  }
  if (estimates.length === 0) return undefined;
  // The largest estimate: a bent knee or a trunk seen foreshortened only ever shortens a segment.
  return Math.max(...estimates);
}
