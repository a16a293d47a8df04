import { describe, expect, it } from 'vitest';
import { birthDateOf, localToday } from './birth-date.ts';

const TODAY = '2026-12-07';
const read = (typed: string) => birthDateOf(typed, TODAY);

describe('the birth date typed in the profile form', () => {
  it('reads year-month-day as the stored YYYY-MM-DD', () => {
    expect(read('2019-05-14')).toEqual({ ok: true, isoDate: '2019-05-14' });
  });

  it('accepts eight digits, other separators, single-digit fields and surrounding spaces', () => {
    for (const typed of ['20190514', '2019/05/14', '2019.5.14', '2019 5 14', '  2019-05-14 ']) {
      expect(read(typed), typed).toEqual({ ok: true, isoDate: '2019-05-14' });
    }
  });

  it('is empty when nothing is typed (the birth date is optional)', () => {
    expect(read('   ')).toEqual({ ok: true, isoDate: '' });
  });

  it('refuses a day the calendar does not have, and accepts 29 February of a leap year only', () => {
    expect(read('2019-02-29')).toMatchObject({ ok: false, message: expect.stringContaining('no day 29') as unknown });
    expect(read('2020-02-29')).toEqual({ ok: true, isoDate: '2020-02-29' });
    expect(read('2019-04-31').ok).toBe(false);
    expect(read('2019-05-00').ok).toBe(false);
  });

  it('refuses a month outside 1 to 12', () => {
    expect(read('2019-13-01')).toMatchObject({ ok: false, message: expect.stringContaining('no month 13') as unknown });
  });

  it('refuses a date after today and accepts today', () => {
    expect(read('2026-12-08')).toMatchObject({ ok: false, message: expect.stringContaining('in the future') as unknown });
    expect(read(TODAY)).toEqual({ ok: true, isoDate: TODAY });
  });

  it('refuses a date before 1990 and accepts 1 January 1990', () => {
    expect(read('1989-12-31')).toMatchObject({ ok: false, message: expect.stringContaining('before 1990') as unknown });
    expect(read('1990-01-01')).toEqual({ ok: true, isoDate: '1990-01-01' });
  });

  it('says to put the year first when it is typed last, and gives the format for anything else', () => {
    expect(read('14/05/2019')).toMatchObject({ ok: false, message: expect.stringContaining('write the year first') as unknown });
    expect(read('May 14')).toMatchObject({ ok: false, message: expect.stringContaining('year-month-day, e.g. 2019-05-14') as unknown });
    expect(read('2019-05')).toMatchObject({ ok: false });
  });

  it("takes today as the person's local day", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
