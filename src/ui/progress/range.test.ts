import { describe, expect, it } from 'vitest';
import { inDays, localDay, rangeDays } from './range.ts';

const now = new Date(2026, 11, 1, 10, 0).getTime();

describe('date ranges in local days', () => {
  it('starts the last 3, 6 and 12 months the day after the same date that many months ago', () => {
    const sessions: number[] = [];
    expect(rangeDays({ choice: '3m', from: '', to: '' }, now, sessions)).toEqual({ from: '2026-09-02', to: '2026-12-01' });
    expect(rangeDays({ choice: '12m', from: '', to: '' }, now, sessions)).toEqual({ from: '2025-12-02', to: '2026-12-01' });
  });

  it('spans every session for "all", and takes two dates in either order', () => {
    const first = new Date(2024, 0, 5, 23, 30).getTime();
    expect(rangeDays({ choice: 'all', from: '', to: '' }, now, [now, first])).toEqual({ from: '2024-01-05', to: '2026-12-01' });
    expect(rangeDays({ choice: 'dates', from: '2026-05-01', to: '2026-02-01' }, now, [])).toEqual({ from: '2026-02-01', to: '2026-05-01' });
  });

  it('counts a session by its local day, both ends included', () => {
    const days = { from: '2026-02-01', to: '2026-05-01' };
    expect([new Date(2026, 1, 1, 0, 5), new Date(2026, 4, 1, 23, 55), new Date(2026, 4, 2, 0, 1)].map((d) => inDays(d.getTime(), days)))
      .toEqual([true, true, false]);
    expect(localDay(new Date(2026, 0, 9, 23, 59).getTime())).toBe('2026-01-09');
  });
});
