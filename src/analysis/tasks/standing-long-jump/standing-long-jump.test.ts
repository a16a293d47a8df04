// Standing long jump on synthetic side-view tracks: distance of a jump of known length, jumps in place left out.
import { describe, expect, it } from 'vitest';
import { analyzeFrames, type PoseFrame, type SourceInfo } from '../../index.ts';
import { longJump, syntheticJumpTrack, twoFootJumps } from '../../../../tests/helpers/synthetic-jumps.ts';
import { DEFAULT_STANDING_LONG_JUMP_CONFIG as C } from './constants.ts';
import { STANDING_LONG_JUMP } from './index.ts';

const run = (t: { source: SourceInfo; frames: PoseFrame[] }, childHeightCm?: number) =>
  analyzeFrames(STANDING_LONG_JUMP, { ...t.source, childHeightCm }, t.frames);
/** The ankles travel 0.9 H; the measured distance runs from the take-off toes to the landing heels. */
const ANKLE_TRAVEL_NORM = 0.9;
const KNOWN_NORM = ANKLE_TRAVEL_NORM - C.ankleToToeNorm - C.ankleToHeelNorm;
const jump = longJump({ takeoffS: 1.5, flightS: 0.45, distanceNorm: ANKLE_TRAVEL_NORM });
const track = (fps = 30, facing: 1 | -1 = 1) =>
  syntheticJumpTrack(jump, { durationS: 3, fps, view: 'side', facing, width: 960, centerX: facing === 1 ? 200 : 760, noisePx: 0.5 });

describe('standing long jump', () => {
  it('measures a jump of known distance within 5%', () => {
    const result = run(track(), 115);
    expect(result.count).toBe(1);
    const rep = result.reps[0]!;
    expect(Math.abs(rep.distanceNorm! - KNOWN_NORM) / KNOWN_NORM).toBeLessThan(0.05);
    expect(Math.abs(rep.distanceCm! - KNOWN_NORM * 115) / (KNOWN_NORM * 115)).toBeLessThan(0.05);
  });

  it('measures the same jump at 15 and 60 fps within 5%', () => {
    for (const fps of [15, 60]) {
      const rep = run(track(fps)).reps[0]!;
      expect(Math.abs(rep.distanceNorm! - KNOWN_NORM) / KNOWN_NORM).toBeLessThan(0.05);
    }
  });

  it('measures a jump towards the left of the image', () => {
    const mirrored = syntheticJumpTrack((t) => ({ ...jump(t), bodyDxNorm: -(jump(t).bodyDxNorm ?? 0) }),
      { durationS: 3, view: 'side', facing: -1, width: 960, centerX: 760 });
    const rep = run(mirrored).reps[0]!;
    expect(rep.direction).toBe('left');
    expect(Math.abs(rep.distanceNorm! - KNOWN_NORM) / KNOWN_NORM).toBeLessThan(0.05);
  });

  it('does not count jumps in place as long jumps', () => {
    const inPlace = twoFootJumps({ startS: 1, count: 3, periodS: 0.9, flightS: 0.35 });
    const result = run(syntheticJumpTrack(inPlace, { durationS: 4.5, view: 'side' }));
    expect(result.count).toBe(0);
    expect(result.flags.some((f) => f.includes('in place'))).toBe(true);
  });

  it('scores the preparatory crouch with arms back in a side view', () => {
    const crit = run(track()).reps[0]!.criteria.find((c) => c.id === 'preparation')!;
    expect(crit.score).toBe(1);
  });
});
