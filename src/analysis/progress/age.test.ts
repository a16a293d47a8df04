import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageMonthsOn, ageText, civilFromDays, daysFromCivil } from './age.ts';

describe('ages without a clock', () => {
  it('counts days like the calendar, both ways', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2024, 3, 1) - daysFromCivil(2024, 2, 28)).toBe(2);
    fc.assert(fc.property(fc.integer({ min: -200_000, max: 200_000 }), (d) => {
      const [y, m, day] = civilFromDays(d);
      expect(daysFromCivil(y, m, day)).toBe(d);
    }));
  });

  it('completes a month on the same day of the month, or the last day of a shorter month', () => {
    expect(ageMonthsOn('2019-04-23', '2024-04-22')).toBe(59);
    expect(ageMonthsOn('2019-04-23', '2024-04-23')).toBe(60);
    expect(ageMonthsOn('2020-01-31', '2020-02-29')).toBe(1);
    expect(ageMonthsOn('2020-01-31', '2020-02-28')).toBe(0);
  });

  it('has no age without a valid birth date or before birth', () => {
    expect(ageMonthsOn('', '2024-01-01')).toBeUndefined();
    expect(ageMonthsOn('2024-02-01', '2024-01-01')).toBeUndefined();
  });

  it('writes years and months in words', () => {
    expect([ageText(55), ageText(12), ageText(1)]).toEqual(['4 years 7 months', '1 year', '1 month']);
  });
});
