// Distance between the ankles relative to hip width (unitless): about 1 with the feet together under the hips, 2.5-3
// at the open position of a jumping jack (measured on the labelled front-view clips). Undefined when the legs are not
// reliably visible, so a rep can say "legs not visible" instead of guessing.
//
// "Not reliably visible" covers what MoveNet does when the feet leave the image (jj-studio-cuts, frames 170-204): it
// still puts the ankles inside the frame with scores of 0.3-0.9, either on the bottom edge or folded up onto the knees.
// So besides a low score, an ankle on the frame's bottom edge or one closer to its knee than a shank can be (in trunk
// lengths, so it holds at any distance from the camera) counts as not seen.
import { KP, type Keypoint } from '../types.ts';
// Keypoint indices read once (a module-namespace lookup per frame costs measurable throughput).
const I_LEFT_ANKLE = KP.left_ankle;
const I_LEFT_HIP = KP.left_hip;
const I_LEFT_KNEE = KP.left_knee;
const I_LEFT_SHOULDER = KP.left_shoulder;
const I_RIGHT_ANKLE = KP.right_ankle;
const I_RIGHT_HIP = KP.right_hip;
const I_RIGHT_KNEE = KP.right_knee;
const I_RIGHT_SHOULDER = KP.right_shoulder;

/** What counts as a seen leg, beyond the keypoint score. */
export interface LegVisibility {
  /** Ankles lower in the image than this, px (the frame's bottom edge band), count as not seen. */
  readonly maxAnkleYPx: number;
  /**
   * Shortest knee-to-ankle distance of a seen leg, in trunk lengths (shoulder midpoint to hip midpoint). Checked only
   * when both knees and both shoulders are scored: without them the leg is judged on the ankles alone.
   */
  readonly minShankPerTrunk: number;
}

const NO_CHECK: LegVisibility = { maxAnkleYPx: Infinity, minShankPerTrunk: 0 };

export function legSpreadRatio(keypoints: readonly Keypoint[], minScore: number, seen: LegVisibility = NO_CHECK): number | undefined {
  const la = keypoints[I_LEFT_ANKLE]; const ra = keypoints[I_RIGHT_ANKLE];
  const lh = keypoints[I_LEFT_HIP]; const rh = keypoints[I_RIGHT_HIP];
  if (la === undefined || ra === undefined || lh === undefined || rh === undefined) return undefined;
  if (la[2] < minScore || ra[2] < minScore || lh[2] < minScore || rh[2] < minScore) return undefined;
  if (la[1] > seen.maxAnkleYPx || ra[1] > seen.maxAnkleYPx) return undefined;
  if (seen.minShankPerTrunk > 0 && anklesFolded(keypoints, la, ra, lh, rh, minScore, seen.minShankPerTrunk)) return undefined;
  const hipWidth = Math.hypot(lh[0] - rh[0], lh[1] - rh[1]);
  if (hipWidth <= 0) return undefined;
  return Math.hypot(la[0] - ra[0], la[1] - ra[1]) / hipWidth;
}

/** Either ankle nearer its knee than minShankPerTrunk trunk lengths (an out-of-frame ankle folded onto the knee). */
function anklesFolded(k: readonly Keypoint[], la: Keypoint, ra: Keypoint, lh: Keypoint, rh: Keypoint, minScore: number, minShankPerTrunk: number): boolean {
  const legs = shankAndTrunk(k, la, ra, lh, rh, minScore);
  return legs !== undefined && legs.shortestShankPx < minShankPerTrunk * legs.trunkPx;
}

/**
 * The shorter knee-to-ankle distance and the trunk (shoulder midpoint to hip midpoint), px, given seen ankles and
 * hips; undefined without both knees and both shoulders scored, or a trunk of no length. What minShankPerTrunk is
 * compared with (the leave-one-clip-out eval measures it on the clips with this same function).
 */
export function shankAndTrunk(k: readonly Keypoint[], la: Keypoint, ra: Keypoint, lh: Keypoint, rh: Keypoint, minScore: number): { shortestShankPx: number; trunkPx: number } | undefined {
  const lk = k[I_LEFT_KNEE]; const rk = k[I_RIGHT_KNEE];
  const ls = k[I_LEFT_SHOULDER]; const rs = k[I_RIGHT_SHOULDER];
  if (lk === undefined || rk === undefined || ls === undefined || rs === undefined) return undefined;
  if (lk[2] < minScore || rk[2] < minScore || ls[2] < minScore || rs[2] < minScore) return undefined;
  const trunkPx = Math.hypot((ls[0] + rs[0] - lh[0] - rh[0]) / 2, (ls[1] + rs[1] - lh[1] - rh[1]) / 2);
  if (!(trunkPx > 0)) return undefined;
  return { shortestShankPx: Math.min(Math.hypot(la[0] - lk[0], la[1] - lk[1]), Math.hypot(ra[0] - rk[0], ra[1] - rk[1])), trunkPx };
}
