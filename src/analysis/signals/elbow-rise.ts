// How far the elbows are above the shoulders, in body heights (positive = above), read only when the picture shows no
// wrist: the second evidence of arms up for a jumping jack filmed close, whose hands leave the top of the picture
// (jj-studio-cuts' close-up). MoveNet then scores the wrists 0.01-0.2 or puts them on the top border with scores up
// to 0.9, so a wrist's height says nothing, while the elbows and shoulders are still in view.
//
// Geometry (Drillis & Contini): the elbow lies on the arm between shoulder and wrist, at 0.186 H of the 0.332 H from
// shoulder to wrist (upper arm 0.186 H, forearm 0.146 H). An arm raised to an angle a above horizontal puts the elbow
// 0.186 H sin(a) above the shoulder and a straight arm's wrist 0.332 H sin(a): the elbow shows the same raise at 0.56
// of the wrist's height. Height differences, unlike angles, do not grow when an arm points at the camera.
import { KP, type Keypoint } from '../types.ts';
// Keypoint indices read once (a module-namespace lookup per frame costs measurable throughput).
const I_LEFT_SHOULDER = KP.left_shoulder;
const I_LEFT_ELBOW = KP.left_elbow;
const I_LEFT_WRIST = KP.left_wrist;
const I_RIGHT_SHOULDER = KP.right_shoulder;
const I_RIGHT_ELBOW = KP.right_elbow;
const I_RIGHT_WRIST = KP.right_wrist;

/**
 * Elbow height over the shoulders that asks the same arm raise as a wrist height, as a share of that wrist height:
 * upper arm / (upper arm + forearm) = 0.186 / 0.332 (Drillis & Contini 1966). A physical ratio, not a clip's number.
 */
export const ELBOW_SHARE_OF_WRIST_RISE = 0.56;

/** Whether a wrist is seen inside the picture: scored and below the top edge band (`topEdgePx`, where MoveNet puts
 * keypoints that lie above the picture). */
export function wristInPicture(keypoints: readonly Keypoint[], minScore: number, topEdgePx: number): boolean {
  const l = keypoints[I_LEFT_WRIST]; const r = keypoints[I_RIGHT_WRIST];
  return (l !== undefined && l[2] >= minScore && l[1] > topEdgePx) || (r !== undefined && r[2] >= minScore && r[1] > topEdgePx);
}

/**
 * Mean elbow height above the shoulders over the arms whose shoulder (below the top edge band: a shoulder on the border
 * sits lower than it is and would make the elbow look higher) and elbow are both scored, body heights; undefined when
 * no arm is. An elbow on the top border is kept: it is at least that high.
 */
export function elbowRiseNorm(keypoints: readonly Keypoint[], bodyPx: number, minScore: number, topEdgePx: number): number | undefined {
  let sum = 0;
  let n = 0;
  for (const [s, e] of ARM_PAIRS) {
    const sh = keypoints[s]; const el = keypoints[e];
    if (sh === undefined || el === undefined || sh[2] < minScore || el[2] < minScore || sh[1] <= topEdgePx) continue;
    sum += (sh[1] - el[1]) / bodyPx;
    n++;
  }
  return n === 0 ? undefined : sum / n;
}

const ARM_PAIRS: readonly (readonly [number, number])[] = [[I_LEFT_SHOULDER, I_LEFT_ELBOW], [I_RIGHT_SHOULDER, I_RIGHT_ELBOW]];
