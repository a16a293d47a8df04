import { describe, expect, it } from 'vitest';
import { holdBetween, syntheticBalanceTrack, type BalancePose } from '../../../../tests/helpers/synthetic-balance.ts';
import { analyzeFrames } from '../table.ts';
import { SINGLE_LEG_STANCE_TASK } from './index.ts';
import type { SingleLegStanceResult } from './types.ts';
import type { TaskOptions } from '../types.ts';

const analyze = (durationS: number, poseAt: (tS: number) => BalancePose, options?: TaskOptions, fps = 30): SingleLegStanceResult => {
  const track = syntheticBalanceTrack({ durationS, fps, noisePx: 0.5 }, poseAt);
  return analyzeFrames(SINGLE_LEG_STANCE_TASK, track.source, track.frames, options);
};

describe('single-leg stance holds on synthetic tracks', () => {
  it('times a hold from the first frame off the floor to the first frame back on it', () => {
    const r = analyze(6, holdBetween(1, 4, 'left'));
    expect(r.holds).toHaveLength(1);
    expect(r.holds[0]).toMatchObject({ startMs: 1000, endMs: 4000, durationS: 3, standingLeg: 'right', endReason: 'touch-down' });
  });

  it('reports the standing leg as the one that stays down', () => {
    const r = analyze(5, holdBetween(1, 3, 'right'));
    expect(r.holds.map((h) => h.standingLeg)).toEqual(['left']);
  });

  it('counts a wobbling lifted foot that never touches down as one hold', () => {
    const wobble = (tS: number): BalancePose => (tS >= 1 && tS < 7
      ? { lift: { side: 'left', liftNorm: 0.14 + 0.07 * Math.sin(2 * Math.PI * 1.5 * tS) } } : {});
    const r = analyze(8, wobble);
    expect(r.holds).toHaveLength(1);
    expect(r.holds[0]!.durationS).toBeCloseTo(6, 1);
  });

  it('ignores a one-frame dip of the lifted foot (keypoint jitter)', () => {
    const dip = (tS: number): BalancePose => (Math.abs(tS - 3) < 0.01 ? {} : holdBetween(1, 5)(tS));
    expect(analyze(6, dip).holds).toHaveLength(1);
  });

  it('ends a hold at a touch-down of two frames and times the next attempt separately', () => {
    const twoFrames = (tS: number): BalancePose => (tS >= 3 - 0.001 && tS < 3 + 2 / 30 - 0.001 ? {} : holdBetween(1, 5)(tS));
    const r = analyze(6, twoFrames);
    expect(r.holds.map((h) => [h.startMs, h.endMs, h.endReason])).toEqual([
      [1000, 3000, 'touch-down'], [3000 + 2000 / 30, 5000, 'touch-down'],
    ].map(([s, e, why]): unknown[] => [expect.closeTo(s as number, 6), expect.closeTo(e as number, 6), why]));
  });

  it('does not start a hold for a foot lifted shorter than the minimum (a walking step)', () => {
    expect(analyze(3, holdBetween(1, 1.3)).holds).toHaveLength(0);
  });

  it('ends a hold with "step" when the standing foot moves sideways', () => {
    const step = (tS: number): BalancePose => ({ ...holdBetween(1, 6)(tS), ...(tS >= 3 ? { ankleShift: { side: 'right', dxNorm: -0.2 } } : {}) });
    expect(analyze(7, step).holds[0]).toMatchObject({ endMs: 3000, endReason: 'step' });
  });

  it('ends a hold with "fall" when the hips drop', () => {
    const fall = (tS: number): BalancePose => ({ ...holdBetween(1, 6)(tS), ...(tS >= 3 ? { hipDyNorm: 0.3 } : {}) });
    expect(analyze(7, fall).holds[0]).toMatchObject({ endMs: 3000, endReason: 'fall' });
  });

  it('ends a hold with "lost from view", not a fall, when the child leaves the picture', () => {
    // Holding near the right border, then drifting out: keypoints clamp to the border with low scores, then no person.
    const track = syntheticBalanceTrack({ durationS: 6, centerX: 580 }, (tS) => ({
      ...holdBetween(1, 6)(tS), bodyDxNorm: tS < 3 ? 0 : (tS - 3) * 0.6, visible: tS < 3.6,
    }));
    const r = analyzeFrames(SINGLE_LEG_STANCE_TASK, track.source, track.frames);
    expect(r.holds).toHaveLength(1);
    expect(r.holds[0]!.endReason).toBe('lost from view');
    expect(r.holds[0]!.endMs).toBeGreaterThan(3000);
    expect(r.holds[0]!.endMs).toBeLessThan(3600);
  });

  it('bridges a short loss of the person inside a hold', () => {
    const gap = (tS: number): BalancePose => ({ ...holdBetween(1, 5)(tS), visible: !(tS >= 3 && tS < 3.2) });
    expect(analyze(6, gap).holds.map((h) => h.durationS)).toEqual([4]);
  });

  it('keeps a hold still running at the end of the recording, ended "end of recording"', () => {
    const r = analyze(4, holdBetween(1, 10));
    expect(r.holds[0]!.endReason).toBe('end of recording');
  });

  it('gives the frame interval as the timing uncertainty', () => {
    expect(analyze(5, holdBetween(1, 3), undefined, 10).holds[0]!.uncertaintyS).toBeCloseTo(0.1, 6);
  });
});

describe('single-leg stance sway and posture', () => {
  // A sine of amplitude A at f Hz spans 2A and travels 4Af per second.
  const OSCILLATIONS = [
    { axis: 'side-to-side', amp: 0.02, hz: 0.5, durationS: 12, pose: 'hipDxNorm', range: 'rangeMlNorm', path: 'pathMlNormPerS' },
    { axis: 'up-down', amp: 0.01, hz: 1, durationS: 10, pose: 'hipDyNorm', range: 'rangeVNorm', path: 'pathVNormPerS' },
  ] as const;
  for (const o of OSCILLATIONS) {
    it(`measures a known ${o.axis} hip oscillation within 10%`, () => {
      const move = (tS: number): BalancePose => ({ ...holdBetween(1, o.durationS - 1)(tS), [o.pose]: o.amp * Math.sin(2 * Math.PI * o.hz * tS) });
      const s = analyze(o.durationS, move).holds[0]!.sway!;
      expect(s[o.range] / (2 * o.amp)).toBeGreaterThan(0.9);
      expect(s[o.range] / (2 * o.amp)).toBeLessThan(1.1);
      expect(s[o.path] / (4 * o.amp * o.hz)).toBeGreaterThan(0.9);
      expect(s[o.path] / (4 * o.amp * o.hz)).toBeLessThan(1.1);
    });
  }

  it('counts each arm thrown out for balance once', () => {
    const arms = (tS: number): BalancePose => ({ ...holdBetween(1, 8)(tS), arms: (tS >= 3 && tS < 4) || (tS >= 5 && tS < 6) ? 'out' : 'hips' });
    expect(analyze(9, arms).holds[0]!.armExcursions).toBe(2);
  });
});

describe('single-leg stance timed trial (BESS)', () => {
  const trial: TaskOptions = { protocol: 'timed-trial' };

  it('counts a touch-down and hands off the hips as errors and stops at 20 s', () => {
    const pose = (tS: number): BalancePose => ({
      ...(tS >= 6 && tS < 6.5 ? {} : holdBetween(1, 30)(tS)), arms: tS >= 12 && tS < 13 ? 'sides' : 'hips',
    });
    const r = analyze(25, pose, trial);
    expect(r.holds.map((h) => h.endReason)).toEqual(['touch-down', 'trial complete']);
    expect(r.holds[1]!.endMs).toBe(21000);
    expect(r.errors.map((e) => e.kind)).toEqual(['touch-down', 'hands off hips']);
    expect(r.errorScore).toBe(2);
  });

  it('adds an "out of position" error after 5 s off the stance', () => {
    const pose = (tS: number): BalancePose => ({ ...(tS >= 4 && tS < 10 ? {} : holdBetween(1, 30)(tS)), arms: 'hips' });
    const r = analyze(22, pose, trial);
    expect(r.errors.map((e) => e.kind)).toEqual(['touch-down', 'out of position']);
  });

  it('does not count hands off the hips in the longest-hold protocol', () => {
    const pose = (tS: number): BalancePose => ({ ...holdBetween(1, 8)(tS), arms: tS < 3 ? 'hips' : 'out' });
    expect(analyze(9, pose).errors.map((e) => e.kind)).toEqual(['touch-down']);
  });
});

describe('single-leg stance on a single frame (a still)', () => {
  it('classifies one foot lifted as single-leg with the standing leg', () => {
    const r = analyze(1 / 30, () => ({ lift: { side: 'right', liftNorm: 0.25 } }));
    expect([r.stance, r.standingLeg]).toEqual(['single-leg', 'left']);
  });

  it('classifies both feet down as two feet', () => {
    expect(analyze(1 / 30, () => ({})).stance).toBe('two-feet');
  });

  it('says a still without the person is not scorable', () => {
    const r = analyze(1 / 30, () => ({ visible: false }));
    expect(r.stance).toBe('not scorable');
    expect(r.flags.join(' ')).toMatch(/legs not visible/);
  });
});

describe('single-leg stance live events', () => {
  it('emits the hold start (back-dated to the lift-off) and the hold end as frames arrive', () => {
    const track = syntheticBalanceTrack({ durationS: 5 }, holdBetween(1, 3, 'left'));
    const analyzer = SINGLE_LEG_STANCE_TASK.create(track.source);
    const events = track.frames.flatMap((f) => analyzer.push(f));
    expect(events.map((e) => [e.kind, e.tMs])).toEqual([['hold-start', 1000], ['hold-end', 3000]]);
    expect(events[0]!.message).toBe('Hold on the right leg');
  });

  it('shows the running hold time while holding', () => {
    const track = syntheticBalanceTrack({ durationS: 2.5 }, holdBetween(1, 10, 'left'));
    const analyzer = SINGLE_LEG_STANCE_TASK.create(track.source);
    for (const f of track.frames) analyzer.push(f);
    expect(analyzer.progress()).toMatchObject({ unit: 's held', status: 'holding on the right leg' });
    expect(analyzer.progress().count).toBeCloseTo(1.5, 1);
  });
});
