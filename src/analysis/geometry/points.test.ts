import { describe, expect, it } from 'vitest';
import { angleAtDeg, angleFromVerticalDeg, keypointPairMidpoint } from './points.ts';
import { bodyHeightPx } from './body-scale.ts';
import type { Keypoint } from '../types.ts';

const standing = (): Keypoint[] => {
  const k: Keypoint[] = Array.from({ length: 17 }, () => [0, 0, 0] as const);
  k[5] = [90, 100, 0.9]; k[6] = [110, 100, 0.9]; // shoulders
  k[11] = [92, 160, 0.9]; k[12] = [108, 160, 0.9]; // hips
  k[13] = [92, 210, 0.9]; k[14] = [108, 210, 0.9]; // knees
  k[15] = [92, 260, 0.9]; k[16] = [108, 260, 0.9]; // ankles
  return k;
};

describe('geometry', () => {
  it('measures a right angle at the vertex', () => {
    expect(angleAtDeg({ x: 1, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 1 })).toBeCloseTo(90, 6);
  });
  it('measures a segment pointing up as 0 degrees from vertical', () => {
    expect(angleFromVerticalDeg({ x: 0, y: 10 }, { x: 0, y: 0 })).toBeCloseTo(0, 6);
    expect(angleFromVerticalDeg({ x: 0, y: 0 }, { x: 10, y: 0 })).toBeCloseTo(90, 6);
  });
  it('falls back to the visible side of a pair', () => {
    const k = standing();
    k[12] = [108, 160, 0.1];
    expect(keypointPairMidpoint(k, 'left_hip', 'right_hip')).toEqual({ x: 92, y: 160 });
  });
  it('estimates standing height from legs when they are longer than the trunk estimate', () => {
    expect(bodyHeightPx(standing())).toBeCloseTo(100 * 2.04, 6);
  });
  it('estimates height from the trunk alone when the legs are cut off', () => {
    const k = standing();
    for (const i of [13, 14, 15, 16]) k[i] = [0, 0, 0];
    expect(bodyHeightPx(k)).toBeCloseTo(60 * 3.4, 6);
  });
});

describe('bodyHeightPx with keypoints missing', () => {
  it('uses the visible side of the shoulders and the one full leg', () => {
    const k = standing();
    k[5] = [90, 100, 0.1]; // left shoulder unseen: the right one stands in for the shoulder midpoint
    k[13] = [92, 210, 0.1]; // left knee unseen: only the right leg counts
    expect(bodyHeightPx(k)).toBeCloseTo(Math.max(Math.hypot(110 - 100, 100 - 160) * 3.4, 100 * 2.04), 6);
  });
  it('is undefined when neither the trunk nor a leg is visible', () => {
    const k = standing().map(([x, y], i) => [x, y, i >= 5 ? 0.1 : 0.9] as const);
    expect(bodyHeightPx(k)).toBeUndefined();
  });
});
