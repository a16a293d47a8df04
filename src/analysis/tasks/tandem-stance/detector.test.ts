import { describe, expect, it } from 'vitest';
import { syntheticBalanceTrack, type BalancePose } from '../../../../tests/helpers/synthetic-balance.ts';
import { analyzeFrames } from '../table.ts';
import type { TaskOptions } from '../types.ts';
import { TANDEM_STANCE_TASK } from './index.ts';
import { validateTandemStanceConfig } from './constants.ts';

/** Heel to toe seen from the side (facing image right): the left ankle a foot length (0.152 H) ahead of the right. */
const HEEL_TO_TOE = { left: 0.076, right: -0.076 };
const TOGETHER_SIDE = { left: 0.005, right: -0.005 };
/** Seen from the front: both ankles on the midline. */
const IN_LINE_FRONT = { left: 0.005, right: -0.005 };

const analyze = (view: 'front' | 'side', durationS: number, poseAt: (tS: number) => BalancePose, options?: TaskOptions) => {
  const track = syntheticBalanceTrack({ durationS, view, noisePx: 0.5 }, poseAt);
  return analyzeFrames(TANDEM_STANCE_TASK, track.source, track.frames, options);
};
const between = (a: number, b: number, inside: BalancePose, outside: BalancePose = {}) =>
  (tS: number): BalancePose => (tS >= a && tS < b ? inside : outside);

describe('tandem stance seen from the side', () => {
  it('times a heel-to-toe hold and names the front foot', () => {
    const r = analyze('side', 6, between(1, 5, { feetDxNorm: HEEL_TO_TOE }, { feetDxNorm: TOGETHER_SIDE }));
    expect(r.view).toBe('side');
    expect(r.holds).toHaveLength(1);
    expect(r.holds[0]).toMatchObject({ startMs: 1000, endMs: 5000, durationS: 4, frontFoot: 'left', endReason: 'step' });
    expect(r.notJudged).toEqual([]);
  });

  it('does not take a long stride for a tandem stance', () => {
    expect(analyze('side', 5, () => ({ feetDxNorm: { left: 0.2, right: -0.2 } })).holds).toHaveLength(0);
  });

  it('ends the hold when a foot leaves the floor', () => {
    const r = analyze('side', 6, (tS) => ({ feetDxNorm: HEEL_TO_TOE, ...(tS >= 3 ? { lift: { side: 'right', liftNorm: 0.15 } } : {}) }));
    expect(r.holds[0]).toMatchObject({ startMs: 0, endMs: 3000, endReason: 'step' });
  });

  it('ends with "lost from view" when the child leaves the picture', () => {
    const r = analyze('side', 6, (tS) => ({ feetDxNorm: HEEL_TO_TOE, visible: tS < 3 }));
    expect(r.holds[0]).toMatchObject({ endMs: 3000, endReason: 'lost from view' });
  });

  it('classifies a single side-view frame as tandem with its front foot', () => {
    const r = analyze('side', 1 / 30, () => ({ feetDxNorm: HEEL_TO_TOE }));
    expect([r.stance, r.frontFoot]).toEqual(['tandem', 'left']);
  });
});

describe('tandem stance seen from the front', () => {
  it('times feet held in line but says heel-to-toe cannot be judged', () => {
    const r = analyze('front', 5, between(1, 4, { feetDxNorm: IN_LINE_FRONT }));
    expect(r.view).toBe('front');
    expect(r.holds.map((h) => [h.durationS, h.frontFoot])).toEqual([[3, null]]);
    expect(r.notJudged.join(' ')).toMatch(/heel-to-toe/);
  });

  it('does not take feet side by side for a tandem stance', () => {
    expect(analyze('front', 4, () => ({})).holds).toHaveLength(0);
  });

  it('does not take feet together (one foot breadth apart) for a tandem stance', () => {
    expect(analyze('front', 4, () => ({ feetDxNorm: { left: 0.0275, right: -0.0275 } })).holds).toHaveLength(0);
  });

  it('counts BESS errors in a timed trial', () => {
    const r = analyze('front', 24, (tS) => ({ feetDxNorm: IN_LINE_FRONT, arms: tS >= 5 && tS < 6 ? 'out' : 'hips' }),
      { protocol: 'timed-trial' });
    expect(r.holds.map((h) => h.endReason)).toEqual(['trial complete']);
    expect(r.errors.map((e) => e.kind)).toEqual(['hands off hips']);
    expect(r.errorScore).toBe(1);
  });
});

describe('tandem stance configuration', () => {
  it('rejects an override outside its range, naming the field', () => {
    expect(() => validateTandemStanceConfig({ frontInLineMaxNorm: 5 })).toThrow(/frontInLineMaxNorm should be a number between 0 and 1/);
  });
});
