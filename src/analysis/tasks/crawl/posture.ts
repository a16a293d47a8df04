// The posture of a child on the floor from one frame: on hands and knees, on hands and feet (bear), on the belly,
// upright (sitting or standing) or unknown. A side view uses the trunk, thigh and knee angles of the better-seen side;
// a front view hides the legs, so it only tells "weight on straight arms" (assumed hands and knees) from the rest.
import { angleAtDeg, angleFromVerticalDeg, keypointPairMidpoint, keypointPoint, type Point } from '../../geometry/points.ts';
import type { Keypoint, Side } from '../../types.ts';
import type { CrawlPosture, CrawlView } from './types.ts';

export const DEFAULT_POSTURE_CONFIG = {
  /** Trunk closer to vertical than this (degrees) is sitting or standing. Reason: on all fours it is near 90. */
  uprightTrunkMaxDeg: 40,
  /**
   * Thigh (hip to knee) further from vertical than this (degrees) lies along the floor: belly. Source: hands and
   * knees keeps the thigh within about 30 degrees of vertical; the prone fixtures show 70-90 degrees.
   */
  bellyThighMinDeg: 60,
  /** Knee straighter than this (degrees) with the thigh not on the floor is hands and feet (bear). On knees it is ~90. */
  bearKneeMinDeg: 135,
  /** Front view: wrists this far below the shoulders (trunk lengths) carry weight on straight arms. */
  frontArmDropMinNorm: 0.4,
} as const;

function sidePoints(keypoints: readonly Keypoint[], side: Side, minScore: number) {
  return {
    hip: keypointPoint(keypoints, `${side}_hip`, minScore),
    knee: keypointPoint(keypoints, `${side}_knee`, minScore),
    ankle: keypointPoint(keypoints, `${side}_ankle`, minScore),
  };
}

/** The leg seen best: the side with more visible joints, ties to the higher score sum. */
function bestLeg(keypoints: readonly Keypoint[], minScore: number): { hip?: Point; knee?: Point; ankle?: Point } {
  const left = sidePoints(keypoints, 'left', minScore);
  const right = sidePoints(keypoints, 'right', minScore);
  const count = (p: typeof left) => Number(!!p.hip) + Number(!!p.knee) + Number(!!p.ankle);
  return count(right) > count(left) ? right : left;
}

function sidePosture(keypoints: readonly Keypoint[], minScore: number): CrawlPosture {
  const shoulders = keypointPairMidpoint(keypoints, 'left_shoulder', 'right_shoulder', minScore);
  const hips = keypointPairMidpoint(keypoints, 'left_hip', 'right_hip', minScore);
  if (!shoulders || !hips) return 'unknown';
  if (angleFromVerticalDeg(hips, shoulders) < DEFAULT_POSTURE_CONFIG.uprightTrunkMaxDeg && shoulders.y < hips.y) return 'upright';
  const { hip, knee, ankle } = bestLeg(keypoints, minScore);
  if (!hip || !knee) return 'unknown';
  const thighDeg = angleFromVerticalDeg(knee, hip);
  if (thighDeg > DEFAULT_POSTURE_CONFIG.bellyThighMinDeg || knee.y < hip.y) return 'belly';
  if (ankle && angleAtDeg(hip, knee, ankle) > DEFAULT_POSTURE_CONFIG.bearKneeMinDeg && ankle.y > knee.y) return 'hands-feet';
  return 'hands-knees';
}

function frontPosture(keypoints: readonly Keypoint[], trunkPx: number, minScore: number): CrawlPosture {
  const shoulders = keypointPairMidpoint(keypoints, 'left_shoulder', 'right_shoulder', minScore);
  const wrists = keypointPairMidpoint(keypoints, 'left_wrist', 'right_wrist', minScore);
  if (!shoulders || !wrists) return 'unknown';
  return (wrists.y - shoulders.y) / trunkPx >= DEFAULT_POSTURE_CONFIG.frontArmDropMinNorm ? 'hands-knees' : 'unknown';
}

/** Posture of one frame in the given view; trunkPx from signals/crawl-body-scale.ts. */
export function crawlPosture(keypoints: readonly Keypoint[], view: CrawlView, trunkPx: number, minScore: number): CrawlPosture {
  return view === 'side' ? sidePosture(keypoints, minScore) : frontPosture(keypoints, trunkPx, minScore);
}
