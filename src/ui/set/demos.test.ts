import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TASK_IDS } from '../../analysis/index.ts';
import { demoBounds, demoOf } from './demos.ts';

describe('demonstration tracks', () => {
  const present = TASK_IDS.filter((id) => demoOf(id) !== undefined);

  it('exist for the jumps, the jumping jack, the single-leg stance and crawling', () => {
    expect(present).toEqual(expect.arrayContaining(['two-foot-jump', 'jumping-jack', 'single-leg-stance', 'crawl']));
  });

  it.each(present)('%s: a few seconds of 17 keypoints a frame, in time order, a few KB', (id) => {
    const demo = demoOf(id)!;
    expect(statSync(new URL(`./demos/${id}.json`, import.meta.url)).size).toBeLessThan(16_000);
    expect(demo.frames.length).toBeGreaterThanOrEqual(30);
    const spanS = demo.frames.at(-1)!.tMs / 1000;
    expect(spanS).toBeGreaterThan(1.5);
    expect(spanS).toBeLessThan(8);
    for (const [i, f] of demo.frames.entries()) {
      if (i > 0) expect(f.tMs).toBeGreaterThan(demo.frames[i - 1]!.tMs);
      if (f.k) expect(f.k).toHaveLength(17);
    }
    const box = demoBounds(demo);
    expect(box.width).toBeGreaterThan(0);
    expect(box.width).toBeLessThanOrEqual(demo.width * 1.3);
    expect(box.height).toBeLessThanOrEqual(demo.height * 1.3);
  });
});
