// Per-frame measurements the leave-one-clip-out inventory reads off a clip's (filtered) frames, each with the engine's
// own signal functions so that the evidence is in the unit its threshold is compared in.
import { DEFAULT_MIN_KEYPOINT_SCORE } from '../../analysis/geometry/points.ts';
import { BodyHeightTracker } from '../../analysis/signals/body-height-tracker.ts';
import { legSpreadRatio, shankAndTrunk, type LegVisibility } from '../../analysis/signals/leg-spread.ts';
import { wristRiseNorm } from '../../analysis/signals/wrist-rise.ts';
import { KP, type Keypoint, type PoseFrame } from '../../analysis/index.ts';

const S = DEFAULT_MIN_KEYPOINT_SCORE;

/** Wrist height above the shoulders on every frame where an arm is seen, body heights (wrist-rise.ts). */
export function wristRises(frames: readonly PoseFrame[]): number[] {
  const body = new BodyHeightTracker(S);
  const out: number[] = [];
  for (const f of frames) {
    const px = body.update(f.keypoints, f.tMs);
    if (f.keypoints === null || px === undefined) continue;
    const v = wristRiseNorm(f.keypoints, px, S);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** Ankle distance over hip width on every frame with both ankles and hips seen (leg-spread.ts, no edge tests). */
export function legSpreads(frames: readonly PoseFrame[]): number[] {
  const out: number[] = [];
  for (const f of frames) {
    const v = f.keypoints === null ? undefined : legSpreadRatio(f.keypoints, S);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** Distance of every seen ankle from the frame's bottom edge, fraction of the frame height (0 = on the edge). */
export function ankleEdgeDistances(frames: readonly PoseFrame[], heightPx: number): number[] {
  const out: number[] = [];
  for (const f of frames) {
    for (const i of [KP.left_ankle, KP.right_ankle]) {
      const a = f.keypoints?.[i];
      if (a !== undefined && a[2] >= S) out.push(1 - a[1] / heightPx);
    }
  }
  return out;
}

/** The shorter shank (knee to ankle) over the trunk (shoulder midpoint to hip midpoint) on every frame with all of
 * shoulders, hips, knees and ankles seen, trunk lengths: what leg-spread.ts compares with minShankPerTrunk. */
export function shanksPerTrunk(frames: readonly PoseFrame[]): number[] {
  const out: number[] = [];
  for (const f of frames) {
    const k = f.keypoints;
    if (k === null) continue;
    const p = (i: number): Keypoint | undefined => { const q = k[i]; return q !== undefined && q[2] >= S ? q : undefined; };
    const la = p(KP.left_ankle); const ra = p(KP.right_ankle); const lh = p(KP.left_hip); const rh = p(KP.right_hip);
    if (!la || !ra || !lh || !rh) continue;
    const legs = shankAndTrunk(k, la, ra, lh, rh, S);
    if (legs !== undefined) out.push(legs.shortestShankPx / legs.trunkPx);
  }
  return out;
}

/** Share of the frames in [fromTMs, toTMs) on which the legs count as seen under `seen` (the jack's open position). */
export function legsSeenShare(frames: readonly PoseFrame[], fromTMs: number, toTMs: number, seen: LegVisibility): number | undefined {
  let n = 0; let seenN = 0;
  for (const f of frames) {
    // Rep times are rounded to 0.1 ms (jumping-jack/grader.ts): compare with half of that to spare.
    // A frame without a pose is not pushed to the jack's cycle (jumping-jack/detector.ts), so it is not counted here.
    if (f.tMs < fromTMs - 0.05 || f.tMs >= toTMs - 0.05 || f.keypoints === null) continue;
    n++;
    if (legSpreadRatio(f.keypoints, S, seen) !== undefined) seenN++;
  }
  return n === 0 ? undefined : seenN / n;
}
