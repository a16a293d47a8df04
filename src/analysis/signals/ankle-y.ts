// Image y of each ankle and of the lower one (the foot nearest the floor), in px, read without allocating (the engine
// must keep >= 100,000 frames/s). Undefined when the keypoint is below the score threshold.
import { KP, type Keypoint, type Side } from '../types.ts';
// Keypoint indices read once (a module-namespace lookup per frame costs measurable throughput).
const I_LEFT_ANKLE = KP.left_ankle;
const I_RIGHT_ANKLE = KP.right_ankle;

export function ankleYPx(keypoints: readonly Keypoint[], side: Side, minScore: number): number | undefined {
  const k = keypoints[side === 'left' ? I_LEFT_ANKLE : I_RIGHT_ANKLE];
  return k !== undefined && k[2] >= minScore ? k[1] : undefined;
}

/** The larger y (lower in the image) of the visible ankles: the foot that touches the floor last and first. */
export function lowerAnkleYPx(keypoints: readonly Keypoint[], minScore: number): number | undefined {
  const l = ankleYPx(keypoints, 'left', minScore);
  const r = ankleYPx(keypoints, 'right', minScore);
  if (l === undefined) return r;
  if (r === undefined) return l;
  return l > r ? l : r;
}
