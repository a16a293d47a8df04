// A lower bound of one foot's lift when the other leg runs out of the bottom of the picture (a camera zoomed in or
// framed high: the standing foot is cut off). Its floor is then at or below the picture's bottom edge, so the seen
// ankle is at least as far above the floor as it is above that edge.
import { KP, type Keypoint, type Side } from '../types.ts';
import { keypointInView, type FootLift } from './foot-lift.ts';

/**
 * Shank length (knee to ankle), fraction of body height. Source: Drillis & Contini 1966 segment table (knee height
 * 0.285 H, ankle height 0.039 H: 0.246 H). Reason: a standing leg's knee within one shank of the picture's bottom edge
 * puts its ankle at or past that edge, so its foot (and the floor) cannot be above the edge; a child's relatively
 * shorter leg only makes the bound more cautious (the ankle sits above the edge by at most the difference, under its
 * own height above the sole).
 */
export const SHANK_PER_HEIGHT = 0.246;

/**
 * Least drop from a knee to the ankle of a foot on the floor, fraction of a shank. Source: anatomy: a standing leg's
 * ankle hangs a shank (0.246 H) below its knee; seen from the front the shank shortens only with its tilt toward the
 * camera (cos 35 degrees = 0.82 in a deep squat) or a camera pitched 60 degrees (cos 60 = 0.5). Reason: an ankle
 * keypoint less than half a shank below its knee (or above it) is not a foot on the floor: MoveNet put it on the other,
 * lifted foot (issue 10: the standing foot cut off by a zoom, its ankle found on the lifted foot at the standing knee).
 */
export const MIN_STANDING_SHANK_FRACTION = 0.5;

/**
 * Whether the ankle of `side` can be a foot on the floor: its knee unseen (no evidence against) or at least
 * MIN_STANDING_SHANK_FRACTION of a shank above it.
 */
export function ankleCanStand(k: readonly Keypoint[], side: Side, heightPx: number, minScore: number): boolean {
  const ankle = k[ANKLE[side]]!;
  const knee = k[KNEE[side]]!;
  if (knee[2] < minScore) return true;
  return ankle[1] - knee[1] >= MIN_STANDING_SHANK_FRACTION * SHANK_PER_HEIGHT * heightPx;
}

export interface EdgeFloorLift extends FootLift {
  /** Always true: liftNorm is a lower bound (height above the picture's bottom edge), not a measured lift. */
  readonly lowerBound: true;
}

/**
 * The seen ankle's height above the picture's bottom edge, fraction of body height, when the other ankle is not seen
 * (score or outside the picture) or is not on its leg (ankleCanStand), and that leg's knee is seen within a shank of
 * the bottom edge; undefined otherwise (both feet seen, neither, or no evidence that the other foot is below the edge).
 */
export function edgeFloorLift(k: readonly Keypoint[], heightPx: number, minScore: number, widthPx: number,
  imageHeightPx: number): EdgeFloorLift | undefined {
  if (!(heightPx > 0) || !Number.isFinite(imageHeightPx)) return undefined;
  const left = boundIfLifted(k, 'left', heightPx, minScore, widthPx, imageHeightPx);
  const right = boundIfLifted(k, 'right', heightPx, minScore, widthPx, imageHeightPx);
  // Both qualifying (each ankle seen, neither on its leg) is no evidence of which foot is up.
  if (left !== undefined && right !== undefined) return undefined;
  return left ?? right;
}

/** The bound for `side` as the lifted foot: its ankle seen, the other leg's foot below the bottom edge. */
function boundIfLifted(k: readonly Keypoint[], side: Side, heightPx: number, minScore: number, widthPx: number,
  imageHeightPx: number): EdgeFloorLift | undefined {
  const other: Side = side === 'left' ? 'right' : 'left';
  const [ankle, otherAnkle, otherKnee] = [k[ANKLE[side]]!, k[ANKLE[other]]!, k[KNEE[other]]!];
  if (!keypointInView(ankle, minScore, widthPx, imageHeightPx) || !keypointInView(otherKnee, minScore, widthPx, imageHeightPx)) return undefined;
  const otherStands = keypointInView(otherAnkle, minScore, widthPx, imageHeightPx) && ankleCanStand(k, other, heightPx, minScore);
  if (otherStands || otherKnee[1] + SHANK_PER_HEIGHT * heightPx < imageHeightPx) return undefined;
  return { liftedSide: side, liftNorm: (imageHeightPx - ankle[1]) / heightPx, lowerBound: true };
}

const ANKLE = { left: KP.left_ankle, right: KP.right_ankle } as const;
const KNEE = { left: KP.left_knee, right: KP.right_knee } as const;
