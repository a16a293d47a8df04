// One frame's balance measurements, computed once and shared by the stance detectors: body height, foot lift, mid-hip
// point, ankle positions, trunk lean, hands-from-hips distance and thigh angles. Missing parts stay undefined.
import { bodyHeightPx } from '../geometry/body-scale.ts';
import { keypointPairMidpoint, keypointPoint, type Point } from '../geometry/points.ts';
import { KP, type Keypoint, type PoseFrame, type Side } from '../types.ts';
import { cameraViewOf, type CameraView } from './camera-view.ts';
import { ankleCanStand, edgeFloorLift, type EdgeFloorLift } from './edge-floor-lift.ts';
import { footLift, keypointInView, type FootLift } from './foot-lift.ts';
import { thighAngleDeg } from './thigh-angle.ts';
import { trunkLeanDeg } from './trunk-lean.ts';
import { wristHipDistanceNorm } from './wrist-hip-distance.ts';
import { handsOffHipsNorm } from './hands-on-hips.ts';

export interface BalanceFrame {
  readonly tMs: number;
  /** Body height in pixels from this frame, undefined when neither trunk nor legs are seen. */
  readonly heightPx: number | undefined;
  /** Both ankles seen and the hips seen: the minimum to judge a stance. */
  readonly legsSeen: boolean;
  readonly lift: FootLift | undefined;
  /** Where lift is undefined because one leg runs out of the bottom of the picture: the other foot's height above the
   * bottom edge, a lower bound of its lift (edge-floor-lift.ts). */
  readonly edgeLift: EdgeFloorLift | undefined;
  readonly hip: Point | undefined;
  /** Front or side view from this frame's shoulders and trunk (camera-view.ts). */
  readonly view: CameraView | undefined;
  /** The nose: ahead of the hips in a side view, it tells which way the child faces. */
  readonly nose: Point | undefined;
  readonly leftAnkle: Point | undefined;
  readonly rightAnkle: Point | undefined;
  readonly trunkLeanDeg: number | undefined;
  readonly wristHipNorm: number | undefined;
  /** Hands-from-hips measure (hands-on-hips.ts): 0 on the hips, at least handsOffBelowNorm for a hanging hand. */
  readonly handsOffNorm: number | undefined;
  readonly leftThighDeg: number | undefined;
  readonly rightThighDeg: number | undefined;
}

export interface BalanceFrameOptions {
  readonly minScore: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Value given to a wrist hanging below its hip, fraction of body height (above the hands-off threshold). */
  readonly handsOffBelowNorm: number;
}

const ankle = (k: readonly Keypoint[], side: Side, o: BalanceFrameOptions): Point | undefined => {
  const p = k[side === 'left' ? KP.left_ankle : KP.right_ankle];
  return p && keypointInView(p, o.minScore, o.widthPx, o.heightPx) ? { x: p[0], y: p[1] } : undefined;
};

/** Measures one pose frame; a frame without a person gives a frame with nothing seen (information, not an error). */
export function balanceFrame(frame: PoseFrame, o: BalanceFrameOptions): BalanceFrame {
  const k = frame.keypoints;
  if (k === null) {
    return { tMs: frame.tMs, heightPx: undefined, legsSeen: false, lift: undefined, edgeLift: undefined, hip: undefined, nose: undefined,
      view: undefined, leftAnkle: undefined, rightAnkle: undefined, trunkLeanDeg: undefined, wristHipNorm: undefined,
      handsOffNorm: undefined, leftThighDeg: undefined, rightThighDeg: undefined };
  }
  const heightPx = bodyHeightPx(k, o.minScore);
  const hip = keypointPairMidpoint(k, 'left_hip', 'right_hip', o.minScore);
  const leftAnkle = ankle(k, 'left', o);
  const rightAnkle = ankle(k, 'right', o);
  const measured = heightPx === undefined ? undefined : footLift(k, heightPx, o.minScore, o.widthPx, o.heightPx);
  // The lower ankle stands in for the floor: one that is not on its leg (above or just under its knee) is no floor.
  const floorOk = measured === undefined || ankleCanStand(k, measured.liftedSide === 'left' ? 'right' : 'left', heightPx!, o.minScore);
  const lift = floorOk ? measured : undefined;
  const edgeLift = heightPx === undefined || lift !== undefined ? undefined : edgeFloorLift(k, heightPx, o.minScore, o.widthPx, o.heightPx);
  return {
    tMs: frame.tMs, heightPx, hip, nose: keypointPoint(k, 'nose', o.minScore),
    view: cameraViewOf(k, o.minScore), leftAnkle, rightAnkle, lift, edgeLift,
    legsSeen: hip !== undefined && leftAnkle !== undefined && rightAnkle !== undefined && heightPx !== undefined && floorOk,
    trunkLeanDeg: trunkLeanDeg(k, o.minScore),
    wristHipNorm: heightPx === undefined ? undefined : wristHipDistanceNorm(k, heightPx, o.minScore),
    handsOffNorm: heightPx === undefined ? undefined : handsOffHipsNorm(k, heightPx, o.minScore, o.handsOffBelowNorm),
    leftThighDeg: thighAngleDeg(k, 'left', o.minScore),
    rightThighDeg: thighAngleDeg(k, 'right', o.minScore),
  };
}
