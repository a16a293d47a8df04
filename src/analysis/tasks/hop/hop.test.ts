// Hop counter: synthetic hops on each foot, and the real stepping negative (a run in place is not hops on one foot).
import { describe, expect, it } from 'vitest';
import { analyzeFrames, type PoseFrame, type SourceInfo } from '../../index.ts';
import { analyzeFixture } from '../../../../tests/helpers/fixtures.ts';
import { alternatingSteps, hops, syntheticJumpTrack, twoFootJumps, type JumpPose } from '../../../../tests/helpers/synthetic-jumps.ts';
import { HOP } from './index.ts';

const run = (t: { source: SourceInfo; frames: PoseFrame[] }) => analyzeFrames(HOP, t.source, t.frames);
const fiveLeft = hops({ startS: 1, count: 5, periodS: 0.6, flightS: 0.25, support: 'left', holdFromS: 0.5 });

describe('hop counting', () => {
  it('counts five hops on the left foot and reports the side', () => {
    const result = run(syntheticJumpTrack(fiveLeft, { durationS: 5, noisePx: 1 }));
    expect([result.count, result.side, result.setSummary.longestRun]).toEqual([5, 'left', 5]);
  });

  it('detects hops on the right foot', () => {
    const right = hops({ startS: 1, count: 4, periodS: 0.6, flightS: 0.25, support: 'right', holdFromS: 0.5 });
    const result = run(syntheticJumpTrack(right, { durationS: 4.5, noisePx: 1 }));
    expect([result.count, result.side]).toEqual([4, 'right']);
  });

  it('counts the same at 15 fps and at 60 fps', () => {
    const counts = [15, 60].map((fps) => run(syntheticJumpTrack(fiveLeft, { durationS: 5, fps, noisePx: 1 })).count);
    expect(counts).toEqual([5, 5]);
  });

  it('counts no hop in two-foot jumps', () => {
    const jumps = twoFootJumps({ startS: 1, count: 4, periodS: 0.8, flightS: 0.35 });
    expect(run(syntheticJumpTrack(jumps, { durationS: 5, noisePx: 1 })).count).toBe(0);
  });

  it('counts no hop when the child steps on alternating feet', () => {
    expect(run(syntheticJumpTrack(alternatingSteps(0.5, 0.25, 0.12), { durationS: 5, noisePx: 1 })).count).toBe(0);
  });

  it('starts a new run when the free foot touches down between hops', () => {
    const touch = (t: number): JumpPose => (t > 2.05 && t < 2.25 ? {} : fiveLeft(t));
    const result = run(syntheticJumpTrack(touch, { durationS: 5 }));
    expect(result.runs.length).toBe(2);
  });

  it('counts no run of hops in the real alternating-feet stepping clip', () => {
    const result = analyzeFixture(HOP, 'negatives/speed-step-alternating-feet.mp4');
    expect(result.setSummary.longestRun).toBeLessThanOrEqual(1);
  });
});

describe('hop grading', () => {
  it('scores four consecutive hops and leaves the side-view criteria not scorable in a front view', () => {
    const result = run(syntheticJumpTrack(fiveLeft, { durationS: 5 }));
    const crit = result.runs[0]!.criteria;
    expect(crit.find((c) => c.id === 'consecutive')?.score).toBe(1);
    expect(crit.find((c) => c.id === 'pendulum')?.score).toBeNull();
    expect(result.itemScore.notScorable.length).toBeGreaterThan(0);
  });
});
