// Honest change over time: a Theil-Sen line (the median of the slopes between every pair of sessions, robust to one
// bad session), and a verdict in words only when the fitted change over the range is larger than the measurement error.
import type { ChangeRule } from './types.ts';

export const DEFAULT_TREND_CONFIG = {
  /**
   * Fewest sessions for a trend. Source: issue 12. Reason: two points always make a line; a third is the first that
   * can disagree with it.
   */
  minSessions: 3,
  /**
   * Smallest detectable change = z * sqrt(2) * SEM (de Vet et al. 2006; Weir 2005), z = 1.96 for 95% confidence:
   * the change between two measurements that measurement error alone would exceed 1 time in 20.
   */
  zConfidence: 1.96,
  /** Days per unit of the fitted slope (the line's x axis). */
  msPerDay: 86_400_000,
} as const;

export interface Point {
  readonly tMs: number;
  readonly value: number;
}

export interface TrendLine {
  /** Units of the value per day. */
  readonly slopePerDay: number;
  /** The line's value at tMs = 0. */
  readonly intercept: number;
}

const median = (xs: ArrayLike<number>): number => {
  const s = Float64Array.from(xs).sort();
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Theil-Sen fit; undefined with fewer than two distinct times. Pairs at the same time carry no slope and are skipped. */
export function theilSen(points: readonly Point[], msPerDay: number = DEFAULT_TREND_CONFIG.msPerDay): TrendLine | undefined {
  // Typed arrays: two years of weekly sessions are 5,000+ pairs per series, sorted without a comparator.
  const slopes = new Float64Array((points.length * (points.length - 1)) / 2);
  let n = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dt = (points[j]!.tMs - points[i]!.tMs) / msPerDay;
      if (dt !== 0) slopes[n++] = (points[j]!.value - points[i]!.value) / dt;
    }
  }
  if (n === 0) return undefined;
  const slopePerDay = median(slopes.subarray(0, n));
  const intercept = median(points.map((p) => p.value - (slopePerDay * p.tMs) / msPerDay));
  return { slopePerDay, intercept };
}

export const lineAt = (line: TrendLine, tMs: number, msPerDay: number = DEFAULT_TREND_CONFIG.msPerDay): number =>
  line.intercept + (line.slopePerDay * tMs) / msPerDay;

export type TrendWord = 'improving' | 'steady' | 'declining';

export interface MeasurementError {
  /** The smallest change to trust, in the metric's unit. */
  readonly points: number;
  /** What it rests on, in words, e.g. "spread of Mia's own repeated sessions on 4 days". */
  readonly basis: string;
}

export type TrendVerdict =
  | { readonly kind: 'too-few' | 'category'; readonly sentence: string }
  | { readonly kind: 'no-error'; readonly line: TrendLine; readonly change: number; readonly sentence: string }
  | { readonly kind: 'judged'; readonly line: TrendLine; readonly change: number; readonly word: TrendWord;
    readonly error: MeasurementError; readonly sentence: string };

const fmt = (v: number, digits: number) => v.toFixed(digits);

/**
 * The trend of one series and what may be said about it. `higherIsBetter` null (a category) has no trend.
 * `error` undefined: no basis for the measurement error, so the line is drawn but not put into words.
 */
export function trendVerdict(points: readonly Point[], higherIsBetter: boolean | null, error: MeasurementError | undefined,
  unit: string, digits: number, config = DEFAULT_TREND_CONFIG): TrendVerdict {
  if (higherIsBetter === null) return { kind: 'category', sentence: 'A category, not a number: no trend line is drawn.' };
  const sorted = [...points].sort((a, b) => a.tMs - b.tMs);
  const line = sorted.length >= config.minSessions ? theilSen(sorted, config.msPerDay) : undefined;
  if (!line) {
    return { kind: 'too-few', sentence: `${sorted.length} ${sorted.length === 1 ? 'session' : 'sessions'} in this range: a trend needs at least ${config.minSessions}.` };
  }
  const spanMs = sorted[sorted.length - 1]!.tMs - sorted[0]!.tMs;
  const change = lineAt(line, spanMs, config.msPerDay) - lineAt(line, 0, config.msPerDay);
  const changeText = `${change >= 0 ? '+' : ''}${fmt(change, digits)} ${unit}`;
  if (!error) {
    return { kind: 'no-error', line, change,
      sentence: `Trend line ${changeText} over the range, not put into words: no measure of the measurement error yet (repeat a set on the same day to get one).` };
  }
  const beyond = Math.abs(change) > error.points;
  const better = (change > 0) === higherIsBetter;
  const word: TrendWord = !beyond ? 'steady' : better ? 'improving' : 'declining';
  const compare = beyond ? 'more than' : 'within';
  return {
    kind: 'judged', line, change, word, error,
    sentence: `${word[0]!.toUpperCase()}${word.slice(1)}: ${changeText} over the range, ${compare} the measurement error of ${fmt(error.points, digits)} ${unit} (${error.basis}).`,
  };
}

/** The measurement error a metric's rule gives, from the sessions of one series. */
export function errorFor(rule: ChangeRule, points: readonly Point[], dayOf: (tMs: number) => string,
  config = DEFAULT_TREND_CONFIG): MeasurementError | undefined {
  if (rule.kind === 'published') return { points: rule.points, basis: rule.source };
  if (rule.kind === 'none') return undefined;
  return sameDayError(points, dayOf, config);
}

/**
 * The smallest detectable change from the child's own repeated sessions on one day: the pooled within-day standard
 * deviation is the standard error of measurement (nothing real changes within a day), times z * sqrt(2).
 * Undefined when no day has two sessions. `dayOf` maps a time to its local calendar day (the caller knows the zone).
 */
export function sameDayError(points: readonly Point[], dayOf: (tMs: number) => string, config = DEFAULT_TREND_CONFIG): MeasurementError | undefined {
  const days = new Map<string, number[]>();
  for (const p of points) days.set(dayOf(p.tMs), [...(days.get(dayOf(p.tMs)) ?? []), p.value]);
  let squares = 0;
  let freedom = 0;
  let repeatedDays = 0;
  for (const values of days.values()) {
    if (values.length < 2) continue;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    squares += values.reduce((a, v) => a + (v - mean) ** 2, 0);
    freedom += values.length - 1;
    repeatedDays++;
  }
  if (repeatedDays === 0) return undefined;
  const sem = Math.sqrt(squares / freedom);
  return {
    points: config.zConfidence * Math.SQRT2 * sem,
    basis: `1.96 × √2 × the spread of the child's own repeated sessions on ${repeatedDays} ${repeatedDays === 1 ? 'day' : 'days'}`,
  };
}
