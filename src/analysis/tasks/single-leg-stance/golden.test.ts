// Golden tests on the real labelled clips and stills (../shared/clips/labels.json), run on the committed MoveNet
// Lightning fixture tracks. Tolerances are the labels' own (tolerance_s).
import { describe, expect, it } from 'vitest';
import { clipsAvailable, readLabels } from '../../../cli/clips.ts';
import { analyzeFixture } from '../../../../tests/helpers/fixtures.ts';
import { SINGLE_LEG_STANCE_TASK } from './index.ts';

const labels = clipsAvailable() ? readLabels().filter((c) => c.task === 'single-leg-stance') : [];
const otherClips = clipsAvailable() ? readLabels().filter((c) => c.task !== 'single-leg-stance') : [];

const analyzeClip = (file: string) => {
  const result = analyzeFixture(SINGLE_LEG_STANCE_TASK, file);
  return { frames: result.frameCount, result };
};

describe.skipIf(!clipsAvailable())('single-leg stance on the labelled clips (lightning tracks)', () => {
  it('has labelled single-leg-stance clips and stills to check', () => {
    expect(labels.length).toBeGreaterThanOrEqual(7);
  });

  for (const clip of labels) {
    const expected = clip.expect as {
      holds_s?: number[]; tolerance_s?: number; standingLeg?: string; stance?: string; startS?: number; startTolerance_s?: number;
    };
    if (expected.holds_s) {
      it(`${clip.file}: holds of ${expected.holds_s.join(' s, ')} s on the ${expected.standingLeg} leg`, () => {
        const { result } = analyzeClip(clip.file);
        expect(result.holds.map((h) => h.durationS)).toHaveLength(expected.holds_s!.length);
        result.holds.forEach((h, i) => {
          expect(Math.abs(h.durationS - expected.holds_s![i]!)).toBeLessThanOrEqual(expected.tolerance_s! + 1e-9);
          expect(h.standingLeg).toBe(expected.standingLeg);
        });
      });
    }
    if (expected.startS !== undefined) {
      it(`${clip.file}: the first hold starts at ${expected.startS} s ±${expected.startTolerance_s} s`, () => {
        const { result } = analyzeClip(clip.file);
        expect(result.holds.length).toBeGreaterThan(0);
        expect(Math.abs(result.holds[0]!.startMs / 1000 - expected.startS!)).toBeLessThanOrEqual(expected.startTolerance_s! + 1e-9);
      });
    }
    if (expected.stance) {
      it(`${clip.file}: a still, ${expected.stance}${expected.standingLeg ? ` on the ${expected.standingLeg} leg` : ''}`, () => {
        const { frames, result } = analyzeClip(clip.file);
        expect(frames).toBe(1);
        expect(result.stance).toBe(expected.stance);
        if (expected.standingLeg) expect(result.standingLeg).toBe(expected.standingLeg);
      });
    }
  }

  for (const clip of otherClips) {
    it(`${clip.file} (${clip.task}): no single-leg hold`, () => {
      expect(analyzeClip(clip.file).result.holds).toEqual([]);
    });
  }
});
