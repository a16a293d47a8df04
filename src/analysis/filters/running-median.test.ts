import { describe, expect, it } from 'vitest';
import { RunningMedian } from './running-median.ts';

describe('RunningMedian', () => {
  it('ignores a single outlier among steady values', () => {
    const median = new RunningMedian(5);
    const out = [120, 121, 15, 119, 120].map((v) => median.apply(v));
    expect(out[4]).toBe(120);
  });

  it('follows a lasting change once it holds most of the window', () => {
    const median = new RunningMedian(3);
    const out = [100, 100, 100, 150, 150, 150].map((v) => median.apply(v));
    expect(out[5]).toBe(150);
  });

  it('starts over after reset()', () => {
    const median = new RunningMedian(3);
    median.apply(1); median.apply(1);
    median.reset();
    expect(median.apply(7)).toBe(7);
  });
});
