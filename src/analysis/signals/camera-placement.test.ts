import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, type PoseFrame } from '../types.ts';
import { CameraPlacementLog } from './camera-placement.ts';

const at = (tMs: number, cameraPx?: readonly [number, number]): PoseFrame =>
  ({ tMs, keypoints: KEYPOINT_NAMES.map(() => [100, 200, 0.9] as const), ...(cameraPx ? { cameraPx } : {}) });

function logOf(frames: readonly PoseFrame[]): CameraPlacementLog {
  const log = new CameraPlacementLog();
  for (const f of frames) log.push(f);
  return log;
}

describe('CameraPlacementLog', () => {
  it('gives no drift on a recording without any camera measure (an older track, a plain wall)', () => {
    expect(logOf([at(0), at(100), at(200)]).unmeasuredDriftPx(0, 200)).toBe(0);
  });

  it('spreads the shift measured after a gap over the gap: the camera moved 30 px down in 300 ms', () => {
    const log = logOf([at(0), at(100, [0, 0]), at(200), at(300), at(400, [5, 30])]);
    // The frame at 300 ms is 200 ms into the gap that began at 100 ms: 0.1 px/ms x 200 ms.
    expect(log.unmeasuredDriftPx(300, 300)).toBeCloseTo(20, 6);
    expect(log.unmeasuredDriftPx(0, 400)).toBeCloseTo(20, 6);
  });

  it('reads only the vertical step: a sideways pan moves no foot off its floor', () => {
    expect(logOf([at(0, [0, 0]), at(100), at(200, [40, 0])]).unmeasuredDriftPx(0, 200)).toBe(0);
  });

  it('judges a gap not yet closed by a measure from the camera as last seen: 30 px in 100 ms', () => {
    expect(logOf([at(0, [0, 0]), at(100, [0, 30]), at(200), at(300)]).unmeasuredDriftPx(0, 300)).toBeCloseTo(60, 6);
  });

  it('gives no drift on measured frames', () => {
    expect(logOf([at(0), at(100, [0, 30]), at(200, [0, -30])]).unmeasuredDriftPx(100, 200)).toBe(0);
  });
});
