// The crawl task on synthetic side-view tracks from the documented limb-phase model (tests/helpers/synthetic-crawl.ts):
// every pattern classified, cycles exact, with pixel noise and dropped keypoints.
import { describe, expect, it } from 'vitest';
import { syntheticCrawl, type SyntheticCrawlPattern } from '../../../../tests/helpers/synthetic-crawl.ts';
import { analyzeFrames } from '../table.ts';
import { CRAWL_TASK } from './index.ts';

const PATTERNS: readonly SyntheticCrawlPattern[] = ['reciprocal', 'homolateral', 'bunny-hop', 'commando', 'bear', 'asymmetric'];
const CYCLES = [2, 3, 4, 5] as const;

describe('crawl on the synthetic limb-phase model', () => {
  for (const pattern of PATTERNS) {
    for (const cycles of CYCLES) {
      for (const facing of [1, -1] as const) {
        it(`classifies ${pattern} and counts ${cycles} cycles exactly (facing ${facing === 1 ? 'right' : 'left'}, noise, drops)`, () => {
          const { source, frames } = syntheticCrawl({ pattern, cycles, facing, seed: 100 * cycles + (facing === 1 ? 1 : 2), dropRate: 0.08 });
          const result = analyzeFrames(CRAWL_TASK, source, frames);
          expect(result.pattern).toBe(pattern);
          expect(result.cycles).toBe(cycles);
          expect(result.confidence).toBeGreaterThanOrEqual(0.6);
        });
      }
    }
  }

  it('reports prone propping (no limb swings, no travel) as none with 0 cycles', () => {
    const { source, frames } = syntheticCrawl({ pattern: 'none', cycles: 3 });
    const result = analyzeFrames(CRAWL_TASK, source, frames);
    expect(result.pattern).toBe('none');
    expect(result.cycles).toBe(0);
  });

  it('puts the contralateral lag near 0 and the same-side lag near half a cycle for reciprocal crawling', () => {
    const { source, frames } = syntheticCrawl({ pattern: 'reciprocal', cycles: 4 });
    const { phaseLags } = analyzeFrames(CRAWL_TASK, source, frames);
    expect(phaseLags.contralateral).toBeLessThan(0.15);
    expect(phaseLags.ipsilateral).toBeGreaterThan(0.35);
  });

  it('measures cadence from the cycle period and distance once the child height is known', () => {
    const { source, frames } = syntheticCrawl({ pattern: 'reciprocal', cycles: 4, periodMs: 1200 });
    const result = analyzeFrames(CRAWL_TASK, { ...source, childHeightCm: 75 }, frames);
    expect(result.cadencePerMin).toBeCloseTo(50, -1);
    // 4 strides of 0.5 trunk lengths = 2 trunk lengths = 0.6 standing heights = 0.45 m for a 75 cm child.
    expect(result.distanceBodyLengths).toBeCloseTo(0.6, 1);
    expect(result.distanceM).toBeCloseTo(0.45, 1);
    expect(result.symmetry).toBeGreaterThan(0.8);
  });

  it('gives uncertain, not a confident label, when the keypoints are mostly missing', () => {
    const { source, frames } = syntheticCrawl({ pattern: 'reciprocal', cycles: 4, dropRate: 0.7 });
    const result = analyzeFrames(CRAWL_TASK, source, frames);
    expect(['uncertain', 'none']).toContain(result.pattern);
    expect(result.confidence).toBeLessThanOrEqual(0.5);
  });

  it('turns frames without a person into flags, not exceptions', () => {
    const { source, frames } = syntheticCrawl({ pattern: 'reciprocal', cycles: 2 });
    const result = analyzeFrames(CRAWL_TASK, source, frames.map((f) => ({ tMs: f.tMs, keypoints: null })));
    expect(result.pattern).toBe('uncertain');
    expect(result.cycles).toBe(0);
    expect(result.flags.length).toBeGreaterThan(0);
  });

  it('emits a live event per new cycle and shows the count in progress()', () => {
    const { source, frames } = syntheticCrawl({ pattern: 'reciprocal', cycles: 3 });
    const analyzer = CRAWL_TASK.create(source);
    const events = frames.flatMap((f) => analyzer.push(f));
    expect(events.map((e) => e.message)).toEqual(['Cycle 1', 'Cycle 2', 'Cycle 3']);
    expect(analyzer.progress()).toMatchObject({ count: 3, unit: 'cycles' });
  });

  it('rejects a config override outside its range, naming the field', () => {
    expect(() => CRAWL_TASK.create({ width: 1, height: 1, fps: 30 }, { config: { stepEnterNorm: 5 } })).toThrow(/stepEnterNorm/);
  });
});
