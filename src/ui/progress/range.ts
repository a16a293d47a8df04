// The date range of the progress view and the report: the last 3, 6 or 12 months, everything, or two dates. Days are
// local calendar days (what a family and a therapist mean by a date).
export type RangeChoice = '3m' | '6m' | '12m' | 'all' | 'dates';

export interface DateRange {
  readonly choice: RangeChoice;
  /** YYYY-MM-DD, used when choice is "dates". */
  readonly from: string;
  readonly to: string;
}

export const RANGE_LABELS: Readonly<Record<RangeChoice, string>> = {
  '3m': 'Last 3 months', '6m': 'Last 6 months', '12m': 'Last 12 months', 'all': 'All', 'dates': 'Between two dates',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a time, YYYY-MM-DD. */
export const localDay = (tMs: number): string => {
  const d = new Date(tMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

const MONTHS: Readonly<Record<string, number>> = { '3m': 3, '6m': 6, '12m': 12 };

/** First and last local day of the range; "all" spans the sessions given (oldest to newest, or today alone). */
export function rangeDays(range: DateRange, nowMs: number, sessionTimesMs: readonly number[]): { from: string; to: string } {
  const today = localDay(nowMs);
  if (range.choice === 'dates') return range.from <= range.to ? { from: range.from, to: range.to } : { from: range.to, to: range.from };
  if (range.choice === 'all') {
    const first = sessionTimesMs.length > 0 ? Math.min(...sessionTimesMs) : nowMs;
    return { from: localDay(first), to: today };
  }
  const d = new Date(nowMs);
  d.setMonth(d.getMonth() - MONTHS[range.choice]!);
  d.setDate(d.getDate() + 1);
  return { from: localDay(d.getTime()), to: today };
}

export const inDays = (tMs: number, days: { from: string; to: string }): boolean => {
  const day = localDay(tMs);
  return day >= days.from && day <= days.to;
};

/** One formatter for every date shown: building one per call costs about 0.1 ms, and the report shows hundreds. */
const DAY_FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "12 Mar 2024" in the person's locale. */
export const dateText = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return DAY_FORMAT.format(new Date(y!, m! - 1, d));
};
