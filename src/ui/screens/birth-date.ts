// The profile form's birth date, typed as text in one field (a date input takes four Tab stops in Chromium: month,
// day, year and the picker) and read here: year-month-day with any separators, or eight digits (a phone's numeric
// keypad has no dash), checked to be a real calendar day between EARLIEST and today. Stored as YYYY-MM-DD as before.

/** The bounds a birth date is checked against. */
export const DEFAULT_BIRTH_DATE_CONFIG = {
  /**
   * Year; the earliest birth year accepted. Source: issue 15's brief. Reason: the app grades children's motor tasks;
   * an earlier year is nearly always a typing slip (1919 for 2019), and adults who try the app may leave it empty.
   */
  earliestYear: 1990,
} as const;

/** What the person typed, read: '' when left empty, a YYYY-MM-DD date, or a sentence saying what to change. */
export type BirthDateReading =
  | { readonly ok: true; readonly isoDate: string }
  | { readonly ok: false; readonly message: string };

/** The format, said above the field (the messages assume it is read). */
export const BIRTH_DATE_HINT = 'Year-month-day, e.g. 2019-05-14 (the dashes may be left out).';

const YEAR_FIRST = /^(\d{4})\D+(\d{1,2})\D+(\d{1,2})$/;
const DIGITS_ONLY = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = /^\d{1,2}\D+\d{1,2}\D+\d{4}$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Days in a month of the Gregorian calendar (month 1-12). */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Reads a typed birth date against `today` (YYYY-MM-DD, the person's local day: no clock here). Surrounding spaces are
 * ignored; an empty field is '' (the birth date is optional).
 */
export function birthDateOf(typed: string, today: string, config = DEFAULT_BIRTH_DATE_CONFIG): BirthDateReading {
  const text = typed.trim();
  if (text === '') return { ok: true, isoDate: '' };
  const parts = YEAR_FIRST.exec(text) ?? DIGITS_ONLY.exec(text);
  if (!parts) {
    const message = YEAR_LAST.test(text)
      ? `"${text}" has the year last: write the year first, e.g. 2019-05-14.`
      : `"${text}" is not a date: write it as year-month-day, e.g. 2019-05-14.`;
    return { ok: false, message };
  }
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12) return { ok: false, message: `There is no month ${month}: the month is 1 to 12, after the year.` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${year}-${pad2(month)} has no day ${day}: check the day.` };
  }
  const isoDate = `${year}-${pad2(month)}-${pad2(day)}`;
  // Both YYYY-MM-DD with padded fields: string order is date order.
  if (isoDate > today) return { ok: false, message: `${isoDate} is in the future: check the year.` };
  if (year < config.earliestYear) return { ok: false, message: `${isoDate} is before ${config.earliestYear}: check the year.` };
  return { ok: true, isoDate };
}

/** Today's date where the person is, as YYYY-MM-DD (the local day, not UTC's). */
export function localToday(now: Date): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}
