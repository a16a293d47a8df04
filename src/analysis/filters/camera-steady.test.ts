import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, type PoseFrame } from '../types.ts';
import { CAMERA_STEADY_WITH_UNSEEN_RULE, CameraSteadier } from './camera-steady.ts';

const at = (tMs: number, y: number, cameraPx?: readonly [number, number]): PoseFrame =>
  ({ tMs, keypoints: KEYPOINT_NAMES.map(() => [100, y, 0.9] as const), ...(cameraPx ? { cameraPx } : {}) });

describe('CameraSteadier', () => {
  it('takes the camera\'s accumulated shift off every keypoint', () => {
    const s = new CameraSteadier(400);
    expect(s.apply(at(0, 200)).keypoints![0]).toEqual([100, 200, 0.9]);
    // The picture moved 10 px down: the standing person's keypoints moved with it, and are held where they were.
    const y = s.apply(at(33, 210, [0, 10])).keypoints![0]![1];
    expect(y).toBeCloseTo(200, 0);
    expect(s.measured).toBe(1);
  });

  it('leaves frames without a measure as they are while the camera is still (an older track)', () => {
    const s = new CameraSteadier(400);
    for (let i = 0; i < 10; i++) expect(s.apply(at(i * 33, 200)).keypoints![0]).toEqual([100, 200, 0.9]);
    expect(s.unseen).toBe(0);
  });

  it('holds a frame as unseen where the camera was moving and could not be measured (the rule, off by default)', () => {
    const s = new CameraSteadier(400, CAMERA_STEADY_WITH_UNSEEN_RULE);
    s.apply(at(0, 200));
    s.apply(at(200, 240, [0, 40])); // 40 px in 200 ms: far more than 0.5% of 400 px
    const gap = s.apply(at(400, 280));
    expect(gap.keypoints).toBeNull();
    expect(s.unseen).toBe(1);
  });

  it('holds unseen for at most maxUnseenMs after the last measure: a long stretch without texture keeps the child', () => {
    const s = new CameraSteadier(400, CAMERA_STEADY_WITH_UNSEEN_RULE);
    s.apply(at(0, 200));
    s.apply(at(200, 240, [0, 40]));
    expect(s.apply(at(600, 280)).keypoints).toBeNull();
    expect(s.apply(at(800, 280)).keypoints).not.toBeNull();
  });
});
