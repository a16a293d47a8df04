import { describe, expect, it } from 'vitest';
import type { Keypoint } from '../types.ts';
import { footLift } from './foot-lift.ts';
import { handsOffHipsNorm } from './hands-on-hips.ts';
import { HipSwayAccumulator } from './hip-sway.ts';
import { trunkLeanDeg } from './trunk-lean.ts';

const body = (): Keypoint[] => {
  const k: Keypoint[] = Array.from({ length: 17 }, () => [0, 0, 0] as const);
  k[5] = [90, 100, 0.9]; k[6] = [110, 100, 0.9]; k[11] = [95, 160, 0.9]; k[12] = [105, 160, 0.9];
  k[9] = [88, 150, 0.9]; k[10] = [112, 150, 0.9]; // wrists just above and outside the hips: hands on hips
  k[15] = [95, 260, 0.9]; k[16] = [105, 260, 0.9];
  return k;
};

describe('balance signals', () => {
  it('measures the lift of the higher ankle in body heights and names its side', () => {
    const k = body(); k[15] = [95, 240, 0.9];
    expect(footLift(k, 200, 0.3)).toEqual({ liftedSide: 'left', liftNorm: 0.1 });
  });

  it('gives no lift when an ankle is outside the image', () => {
    const k = body(); k[16] = [105, 260, 0.9];
    expect(footLift(k, 200, 0.3, 640, 250)).toBeUndefined();
  });

  it('says hands on the hips are on, and a hanging hand is off', () => {
    const k = body();
    expect(handsOffHipsNorm(k, 200, 0.3, 0.3)).toBeLessThan(0.1);
    k[9] = [85, 175, 0.9];
    expect(handsOffHipsNorm(k, 200, 0.3, 0.3)).toBe(0.3);
  });

  it('measures trunk lean from vertical', () => {
    const k = body(); k[5] = [150, 100, 0.9]; k[6] = [170, 100, 0.9];
    expect(trunkLeanDeg(k, 0.3)).toBeCloseTo((Math.atan2(60, 60) * 180) / Math.PI, 6);
  });

  it('measures the path and range of a known square wave of the hips', () => {
    const sway = new HipSwayAccumulator(1000, 1000); // a cutoff far above the sampling rate: no smoothing
    for (let i = 0; i <= 10; i++) sway.push(i % 2 === 0 ? 0 : 10, 0, i * 100);
    const r = sway.result(100)!;
    expect(r.rangeMlNorm).toBeCloseTo(0.1, 2);
    expect(r.pathMlNormPerS).toBeCloseTo(1, 1); // ten moves of 0.1 H in one second
    expect(r.rangeVNorm).toBe(0);
  });
});
