import { describe, expect, it } from 'vitest';
import { handSymmetry, limbLag, phaseLags } from './phase.ts';
import type { Limb, LimbStep } from './types.ts';

const steps = (limb: Limb, times: number[]): LimbStep[] => times.map((tMs) => ({ limb, tMs, reachNorm: 0.5 }));

describe('phase lags', () => {
  it('is 0.5 for limbs that alternate and 0 for limbs that move together', () => {
    expect(limbLag([0, 1000, 2000], [500, 1500])?.lag).toBeCloseTo(0.5, 5);
    expect(limbLag([0, 1000, 2000], [0, 1000, 2000])?.lag).toBeCloseTo(0, 5);
  });

  it('folds a lag of 0.9 of the cycle to 0.1', () => {
    expect(limbLag([0, 1000, 2000], [900, 1900])?.lag).toBeCloseTo(0.1, 5);
  });

  it('is undefined without one full cycle of either limb', () => {
    expect(limbLag([0], [500])).toBeUndefined();
  });

  it('separates contralateral from same-side pairs', () => {
    const lags = phaseLags([
      ...steps('leftHand', [0, 1000, 2000]), ...steps('rightKnee', [50, 1050, 2050]),
      ...steps('rightHand', [500, 1500, 2500]), ...steps('leftKnee', [550, 1550, 2550]),
    ]);
    expect(lags.contralateral).toBeCloseTo(0.05, 2);
    expect(lags.ipsilateral).toBeCloseTo(0.45, 2);
  });

  it('gives symmetry 1 when the right hand steps mid-way through the left hand cycle', () => {
    expect(handSymmetry([...steps('leftHand', [0, 1000, 2000]), ...steps('rightHand', [500, 1500])])).toBeCloseTo(1, 5);
  });
});
