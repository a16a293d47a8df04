// How far the hands are from the hips, in body heights: hands on hips (the BESS and PDMS test position) keep it small,
// an arm thrown out for balance makes it large. The larger of the two sides is returned (one arm out is enough).
import { keypointPoint, pointDistance } from '../geometry/points.ts';
import type { Keypoint } from '../types.ts';

/** Largest wrist-to-same-side-hip distance over body height, or undefined when no wrist-hip pair is seen. */
export function wristHipDistanceNorm(keypoints: readonly Keypoint[], heightPx: number, minScore: number): number | undefined {
  let best: number | undefined;
  for (const side of ['left', 'right'] as const) {
    const wrist = keypointPoint(keypoints, `${side}_wrist`, minScore);
    const hip = keypointPoint(keypoints, `${side}_hip`, minScore);
    if (!wrist || !hip) continue;
    const d = pointDistance(wrist, hip) / heightPx;
    best = best === undefined ? d : Math.max(best, d);
  }
  return best;
}
