// Jump height that means what it says (issue 10): on jump-in-place-no-rope (labelled flights 3-6 cm) every reported
// height covers the labelled range within its own +-, or is not scorable with the reason.
import { describe, expect, it } from 'vitest';
import { fixtureTrackPath } from '../../cli/clips.ts';
import { readTrackFile } from '../../cli/track-from-file.ts';
import { analyzeFrames, findTask, type TwoFootJumpResult } from '../index.ts';
import { heightFromBounds } from './toe-off.ts';

describe('jump height from the flight the toes show', () => {
  it('gives a height whose +- spans the shortest and the longest flight', () => {
    const h = heightFromBounds({ shortestMs: 200, longestMs: 400 }, 0);
    const cm = (ms: number) => (9.80665 * (ms / 1000) ** 2) / 8 * 100;
    expect(h.valueCm - h.plusMinusCm).toBeCloseTo(cm(200), 6);
    expect(h.valueCm + h.plusMinusCm).toBeCloseTo(cm(400), 6);
  });

  for (const model of ['lightning', 'thunder'] as const) {
    it(`jump-in-place-no-rope (${model}): every height within its own +- of 3-6 cm, or not scorable with the reason`, () => {
      const track = readTrackFile(fixtureTrackPath('two-foot-jumps/jump-in-place-no-rope.mp4', model));
      const r = analyzeFrames(findTask('two-foot-jump')!, track, track.frames) as TwoFootJumpResult;
      expect(r.reps.length).toBeGreaterThan(25);
      for (const rep of r.reps) {
        if (rep.heightCm === undefined) {
          expect(rep.heightNotScorable).toMatch(/heel raise/);
          continue;
        }
        expect(rep.heightCm.value - rep.heightCm.plusMinus).toBeLessThanOrEqual(6);
        expect(rep.heightCm.value + rep.heightCm.plusMinus).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
