// Golden tests: the crawl task on MoveNet tracks extracted from the labelled real clips (tests/fixtures/tracks, keypoints
// only). Tolerances are the labels' own (../shared/clips/labels.json): cycles 4 +- 1 for the front-view crawl.
import { describe, expect, it } from 'vitest';
import { analyzeFixture as analyzeTaskFixture } from '../../../../tests/helpers/fixtures.ts';
import { CRAWL_TASK } from './index.ts';

/** Allowed cycle error on the front-view clip, from its label (expect.tolerance). */
const FRONT_CYCLE_TOLERANCE = 1;

const analyzeFixture = (clip: string) => analyzeTaskFixture(CRAWL_TASK, clip);

describe('crawl on real MoveNet Lightning tracks', () => {
  it('counts 4 +- 1 reciprocal cycles on the front-view baby crawl, with capped confidence (knees hidden)', () => {
    const result = analyzeFixture('crawling/baby-reciprocal-front.gif');
    expect(result.pattern).toBe('reciprocal');
    expect(Math.abs(result.cycles - 4)).toBeLessThanOrEqual(FRONT_CYCLE_TOLERANCE);
    expect(result.view).toBe('front');
    expect(result.confidence).toBeLessThanOrEqual(0.55);
  });

  it('times the front-view hand steps within 15 frames of the labelled swings, alternating', () => {
    const result = analyzeFixture('crawling/baby-reciprocal-front.gif');
    const frameOf = (tMs: number) => Math.round(tMs / 40); // the GIF runs at 25 fps from t = 0
    const right = result.stepList.filter((s) => s.limb === 'rightHand').map((s) => frameOf(s.tMs));
    const left = result.stepList.filter((s) => s.limb === 'leftHand').map((s) => frameOf(s.tMs));
    const near = (found: number[], truth: number[]) => truth.every((t) => found.some((f) => Math.abs(f - t) <= 15));
    expect(near(right, [6, 43, 78, 123])).toBe(true);
    expect(near(left, [26, 59, 102, 148])).toBe(true);
  });

  it('reports the prone-propped infant (adult moving the legs) as none with 0 cycles', () => {
    const result = analyzeFixture('negatives/infant-prone-prop.mp4');
    expect(result.pattern).toBe('none');
    expect(result.cycles).toBe(0);
    expect(result.posture).toBe('belly');
  });
});
