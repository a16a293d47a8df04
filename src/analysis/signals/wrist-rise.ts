// How far the wrists are above the shoulders, in body heights (positive = above; arms hanging at the sides give about
// -0.3). Height differences, unlike arm angles, do not flip when an arm points at the camera (squats, arms forward).
import { KP, type Keypoint } from '../types.ts';
// Keypoint indices read once (a module-namespace lookup per frame costs measurable throughput).
const I_LEFT_SHOULDER = KP.left_shoulder;
const I_LEFT_WRIST = KP.left_wrist;
const I_NOSE = KP.nose;
const I_RIGHT_SHOULDER = KP.right_shoulder;
const I_RIGHT_WRIST = KP.right_wrist;

/** Mean over the arms whose shoulder and wrist are both visible; undefined when neither arm is. */
export function wristRiseNorm(keypoints: readonly Keypoint[], bodyPx: number, minScore: number): number | undefined {
  let sum = 0;
  let n = 0;
  for (const [s, w] of ARM_PAIRS) {
    const sh = keypoints[s]; const wr = keypoints[w];
    if (sh === undefined || wr === undefined || sh[2] < minScore || wr[2] < minScore) continue;
    sum += (sh[1] - wr[1]) / bodyPx;
    n++;
  }
  return n === 0 ? undefined : sum / n;
}

/** Wrist height above the nose, body heights (positive = hands above the head); undefined when not visible. */
export function wristAboveHeadNorm(keypoints: readonly Keypoint[], bodyPx: number, minScore: number): number | undefined {
  const nose = keypoints[I_NOSE];
  if (nose === undefined || nose[2] < minScore) return undefined;
  let best: number | undefined;
  for (const [, w] of ARM_PAIRS) {
    const wr = keypoints[w];
    if (wr === undefined || wr[2] < minScore) continue;
    const v = (nose[1] - wr[1]) / bodyPx;
    if (best === undefined || v < best) best = v; // the lower hand: both must reach
  }
  return best;
}

const ARM_PAIRS: readonly (readonly [number, number])[] = [[I_LEFT_SHOULDER, I_LEFT_WRIST], [I_RIGHT_SHOULDER, I_RIGHT_WRIST]];
