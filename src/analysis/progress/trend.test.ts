import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameDayError, theilSen, trendVerdict, type Point } from './trend.ts';

const DAY = 86_400_000;
const dayOf = (tMs: number) => String(Math.floor(tMs / DAY));

describe('Theil-Sen trend', () => {
  it('recovers the slope and intercept of points on a line exactly', () => {
    fc.assert(fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -100, max: 100 }), fc.integer({ min: 3, max: 30 }), (slope, b, n) => {
      const points = Array.from({ length: n }, (_, i) => ({ tMs: i * 7 * DAY, value: b + slope * i * 7 }));
      const line = theilSen(points)!;
      expect(line.slopePerDay).toBeCloseTo(slope, 9);
      expect(line.intercept).toBeCloseTo(b, 9);
    }));
  });

  it('is not moved by one wild session among many on a line', () => {
    const points: Point[] = Array.from({ length: 11 }, (_, i) => ({ tMs: i * DAY, value: 2 * i }));
    points[5] = { tMs: 5 * DAY, value: 1000 };
    expect(theilSen(points)!.slopePerDay).toBeCloseTo(2, 9);
  });

  it('says there is no trend below three sessions, and says how many there are', () => {
    const v = trendVerdict([{ tMs: 0, value: 1 }, { tMs: DAY, value: 9 }], true, { points: 1, basis: 'x' }, 's', 1);
    expect(v.kind).toBe('too-few');
    expect(v.sentence).toBe('2 sessions in this range: a trend needs at least 3.');
  });

  it('calls a change steady while it is within the measurement error, and improving or declining beyond it', () => {
    const rising = [0, 1, 2, 3].map((i) => ({ tMs: i * 7 * DAY, value: 10 + 2 * i }));
    const basis = { basis: 'test error' };
    expect(trendVerdict(rising, true, { points: 7, ...basis }, 's', 1)).toMatchObject({ kind: 'judged', word: 'steady' });
    expect(trendVerdict(rising, true, { points: 5, ...basis }, 's', 1)).toMatchObject({ kind: 'judged', word: 'improving' });
    expect(trendVerdict(rising, false, { points: 5, ...basis }, 'errors', 0)).toMatchObject({ kind: 'judged', word: 'declining' });
    const v = trendVerdict(rising, true, { points: 5, ...basis }, 's', 1);
    expect(v.sentence).toBe('Improving: +6.0 s over the range, more than the measurement error of 5.0 s (test error).');
  });

  it('draws no trend for a category (a crawl pattern has no direction)', () => {
    const v = trendVerdict([0, 1, 2, 3].map((i) => ({ tMs: i * DAY, value: i })), null, { points: 0.1, basis: '' }, '', 0);
    expect(v).toEqual({ kind: 'category', sentence: 'A category, not a number: no trend line is drawn.' });
  });

  it('never puts a change into words without a measurement error', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 20 }), (values) => {
      const v = trendVerdict(values.map((value, i) => ({ tMs: i * DAY, value })), true, undefined, 's', 1);
      expect(v.kind).toBe('no-error');
    }));
  });

  it('a change called improving or declining is always larger than the error', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 20 }),
      fc.double({ min: 0.01, max: 500, noNaN: true }), (values, errorPoints) => {
        const v = trendVerdict(values.map((value, i) => ({ tMs: i * DAY, value })), true, { points: errorPoints, basis: '' }, 's', 1);
        if (v.kind === 'judged' && v.word !== 'steady') expect(Math.abs(v.change)).toBeGreaterThan(errorPoints);
        if (v.kind === 'judged' && v.word === 'steady') expect(Math.abs(v.change)).toBeLessThanOrEqual(errorPoints);
      }));
  });
});

describe('measurement error from repeated sessions on one day', () => {
  it('is undefined when no day has two sessions', () => {
    expect(sameDayError([{ tMs: 0, value: 1 }, { tMs: DAY, value: 2 }], dayOf)).toBeUndefined();
  });

  it('is 1.96 × √2 × the pooled within-day standard deviation, and names its basis', () => {
    // Two days with pairs differing by 2: within-day SD = sqrt(2) for each, pooled sqrt(2).
    const points = [{ tMs: 0, value: 10 }, { tMs: 1000, value: 12 }, { tMs: 7 * DAY, value: 20 }, { tMs: 7 * DAY + 1000, value: 22 }];
    const e = sameDayError(points, dayOf)!;
    expect(e.points).toBeCloseTo(1.96 * Math.SQRT2 * Math.SQRT2, 9);
    expect(e.basis).toBe('1.96 × √2 × the spread of the child\'s own repeated sessions on 2 days');
  });

  it('does not depend on the level of each day, only on the spread within it', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true })),
      { minLength: 1, maxLength: 10 }), fc.double({ min: -50, max: 50, noNaN: true }), (days, shift) => {
      const make = (offset: number) => days.flatMap(([level, gap], d) => [{ tMs: d * DAY, value: level + offset }, { tMs: d * DAY + 1, value: level + gap + offset }]);
      expect(sameDayError(make(shift), dayOf)!.points).toBeCloseTo(sameDayError(make(0), dayOf)!.points, 6);
    }));
  });
});
