// A child's age at a moment, from an ISO birth date, without the Date object (the analysis layer has no clock or
// locale): days from the civil calendar (H. Hinnant's days_from_civil), whole months by calendar.

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** [year, month 1-12, day] of a day count since 1970-01-01. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whole months of age on a calendar day (both YYYY-MM-DD); undefined when the birth date is missing or invalid,
 * or the day is before it. A month is complete on the same day of the month (or the month's last day).
 */
export function ageMonthsOn(birthDate: string, onDate: string): number | undefined {
  const b = ISO_DATE.exec(birthDate);
  const d = ISO_DATE.exec(onDate);
  if (!b || !d) return undefined;
  const [by, bm, bd] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const [dy, dm, dd] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (bm < 1 || bm > 12 || bd < 1 || bd > 31) return undefined;
  let months = (dy - by) * 12 + (dm - bm);
  const lastOfMonth = daysFromCivil(dm === 12 ? dy + 1 : dy, dm === 12 ? 1 : dm + 1, 1) - daysFromCivil(dy, dm, 1);
  if (dd < Math.min(bd, lastOfMonth)) months--;
  return months >= 0 ? months : undefined;
}

/** "4 years 7 months". */
export function ageText(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const part = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return y === 0 ? part(m, 'month') : m === 0 ? part(y, 'year') : `${part(y, 'year')} ${part(m, 'month')}`;
}
