// Whether the hands are on the hips (the BESS and PDMS test position). A hand on the hip rests on the iliac crest, above
// the hip keypoint and close to it; a hanging arm puts the wrist below the hip (Drillis & Contini: wrist height 0.485 H,
// hip 0.53 H), an arm out for balance puts it far away. Distance alone would take a hanging arm for a hand on the hip.
import { keypointPoint, pointDistance } from '../geometry/points.ts';
import type { Keypoint } from '../types.ts';

/**
 * How far the hands are from the hips, in body heights: 0 when both wrists are on their hips, else the worst side's
 * wrist-to-hip distance, counting a wrist below its hip as at least `belowHipNorm`. Undefined when no side is seen.
 */
export function handsOffHipsNorm(keypoints: readonly Keypoint[], heightPx: number, minScore: number,
  belowHipNorm: number): number | undefined {
  let worst: number | undefined;
  for (const side of ['left', 'right'] as const) {
    const wrist = keypointPoint(keypoints, `${side}_wrist`, minScore);
    const hip = keypointPoint(keypoints, `${side}_hip`, minScore);
    if (!wrist || !hip) continue;
    let d = pointDistance(wrist, hip) / heightPx;
    if (wrist.y > hip.y) d = Math.max(d, belowHipNorm); // image y down: the wrist hangs below the hip
    worst = worst === undefined ? d : Math.max(worst, d);
  }
  return worst;
}
