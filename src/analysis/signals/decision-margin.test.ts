import { describe, expect, it } from 'vitest';
import { holdBetween, syntheticBalanceTrack } from '../../../tests/helpers/synthetic-balance.ts';
import { bump, syntheticJumpTrack, twoFootJumps, type JumpPose } from '../../../tests/helpers/synthetic-jumps.ts';
import { analyzeFrames, findTask, marginsOfResult, type SingleLegStanceResult } from '../index.ts';
import { marginAbove, marginBelow } from './decision-margin.ts';

describe('decision margins', () => {
  it('is the room a decision had, as a fraction of its threshold, positive when it passed', () => {
    expect(marginAbove('rise', 0, 0.045, 0.03).margin).toBeCloseTo(0.5, 6);
    expect(marginBelow('touch-down', 0, 0.049, 0.06).margin).toBeCloseTo(0.183, 3);
    expect(marginBelow('arms down', 0, -0.15, -0.1).margin).toBeCloseTo(0.5, 6);
  });

  it('reports the start, the closest call and the touch-down of a synthetic hold (lift 0.2, foot back to 0)', () => {
    const track = syntheticBalanceTrack({ durationS: 5 }, holdBetween(1, 4, 'left', 0.2));
    const r = analyzeFrames(findTask('single-leg-stance')!, track.source, track.frames) as SingleLegStanceResult;
    const byName: Record<string, number> = Object.fromEntries(r.holds[0]!.margins.map((m): [string, number] => [m.decision.split(':')[0] ?? '', m.margin]));
    expect(byName['hold start']).toBeCloseTo((0.2 - 0.1) / 0.1, 1);
    expect(byName['hold kept']).toBeCloseTo((0.2 - 0.06) / 0.06, 1);
    expect(byName['touch-down']).toBeCloseTo(1, 1);
  });
});

describe('decision margins of a run with config overrides', () => {
  const jacks = (tS: number): JumpPose => {
    if (tS < 1 || tS >= 5) return {};
    const u = bump(tS, 1 + 0.8 * Math.floor((tS - 1) / 0.8), 0.8);
    return { armDeg: 175 * u, ankleOffsetNorm: 0.06 + 0.14 * u };
  };

  it('measures each jack against the run\'s arms.enter, not the default', () => {
    const t = syntheticJumpTrack(jacks, { durationS: 6, noisePx: 1 });
    const task = findTask('jumping-jack')!;
    const byDefault = marginsOfResult(analyzeFrames(task, t.source, t.frames))!;
    const byOverride = marginsOfResult(analyzeFrames(task, t.source, t.frames, { config: { arms: { enter: 0.1 } } }))!;
    expect(byOverride.length).toBe(byDefault.length);
    expect(byOverride.length).toBeGreaterThan(0);
    expect(byOverride.every((m) => m.threshold === 0.1)).toBe(true);
    expect(byOverride[0]!.margin).toBeCloseTo((byOverride[0]!.value - 0.1) / 0.1, 2);
  });

  it('measures each jump against the run\'s flight.enterRiseNorm, not the default', () => {
    const t = syntheticJumpTrack(twoFootJumps({ startS: 0.5, count: 4, periodS: 1.2, flightS: 0.35 }), { durationS: 5.5, noisePx: 1 });
    const margins = marginsOfResult(analyzeFrames(findTask('two-foot-jump')!, t.source, t.frames, { config: { flight: { enterRiseNorm: 0.05 } } }))!;
    const rises = margins.filter((m) => m.decision.startsWith('jump: lower ankle'));
    expect(rises.length).toBe(4);
    expect(rises.every((m) => m.threshold === 0.05)).toBe(true);
  });

  it('measures each jump\'s knees against the run\'s maxKneeAlternationNorm, not the default', () => {
    const t = syntheticJumpTrack(twoFootJumps({ startS: 0.5, count: 4, periodS: 1.2, flightS: 0.35 }), { durationS: 5.5, noisePx: 1 });
    const margins = marginsOfResult(analyzeFrames(findTask('two-foot-jump')!, t.source, t.frames, { config: { maxKneeAlternationNorm: 0.08 } }))!;
    const knees = margins.filter((m) => m.decision.startsWith('jump knees'));
    expect(knees.length).toBe(4);
    expect(knees.every((m) => m.threshold === 0.08)).toBe(true);
  });
});
