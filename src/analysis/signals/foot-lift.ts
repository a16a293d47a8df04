// How high one foot is above the other, as a fraction of body height: the single-frame evidence that a foot is off the
// floor. The lower ankle stands in for the floor, so a tilted or moving camera does not shift the signal.
import { KP, type Keypoint, type Side } from '../types.ts';

export interface FootLift {
  /** The foot that is higher in the image (the candidate lifted foot). */
  readonly liftedSide: Side;
  /** Height of the lifted ankle above the other ankle, fraction of body height (0 = level). */
  readonly liftNorm: number;
}

/**
 * The lift of the higher ankle above the lower one, normalised by body height, or undefined when an ankle is not seen
 * (score below minScore or outside the image): a hidden ankle is a flag for the caller, not a guess.
 */
export function footLift(keypoints: readonly Keypoint[], heightPx: number, minScore: number,
  widthPx = Infinity, imageHeightPx = Infinity): FootLift | undefined {
  const left = keypoints[KP.left_ankle];
  const right = keypoints[KP.right_ankle];
  if (!left || !right || !(heightPx > 0)) return undefined;
  if (!keypointInView(left, minScore, widthPx, imageHeightPx) || !keypointInView(right, minScore, widthPx, imageHeightPx)) {
    return undefined;
  }
  // Image y points down: the lifted foot has the smaller y.
  const liftedSide: Side = left[1] < right[1] ? 'left' : 'right';
  return { liftedSide, liftNorm: Math.abs(right[1] - left[1]) / heightPx };
}

/** A keypoint counts as seen when its score reaches minScore and it lies inside the image. */
export function keypointInView(k: Keypoint, minScore: number, widthPx = Infinity, heightPx = Infinity): boolean {
  return k[2] >= minScore && k[0] >= 0 && k[1] >= 0 && k[0] <= widthPx && k[1] <= heightPx;
}
