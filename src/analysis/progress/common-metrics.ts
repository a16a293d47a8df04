// Charted metrics that several tasks share: the set's count, its item score and the age-reference sentences. Each
// task's charted.ts picks from these and adds its own.
import type { CriterionMark, ItemScore } from '../tasks/jumps/types.ts';
import { field, finite, one, type ChartedMetric, type MetricValue } from './types.ts';

export const NO_AGE_REFERENCE = 'No age reference: no published norm by age for this number is known to the app, so none is drawn.';

/** The same-day rule, shared by every metric without a published smallest change. */
export const SAME_DAY = { kind: 'same-day' } as const;

/** A number read from one field of the set's result, higher better, judged against the same-day spread, no age norm. */
export function summaryFieldMetric(spec: { readonly id: string; readonly label: string; readonly unit: string; readonly decimals: number;
  readonly field: string; readonly series: { readonly id: string; readonly label: string }; readonly familyBest: string }): ChartedMetric {
  const { series, field: key, ...rest } = spec;
  return { ...rest, higherIsBetter: true, series: [series], extract: (r) => one(series.id, finite(field(r, key))),
    change: SAME_DAY, noReference: NO_AGE_REFERENCE };
}

export function countMetric(unit: string, familyBest: string): ChartedMetric {
  return {
    id: 'count', label: `${unit[0]!.toUpperCase()}${unit.slice(1)} per set`, unit, decimals: 0, higherIsBetter: true,
    series: [{ id: 'set', label: 'Count' }],
    extract: (r) => one('set', finite(field(r, 'count'))),
    change: SAME_DAY, noReference: NO_AGE_REFERENCE, familyBest,
  };
}

/** The item score as the share of scored criteria met (the maximum changes with what could be scored). */
export function itemScoreValue(score: unknown): MetricValue[] {
  const s = finite(field(score, 'score'));
  const max = finite(field(score, 'max'));
  if (s === undefined || max === undefined || max <= 0) return [];
  return one('set', (100 * s) / max, `${s} of ${max}`);
}

export function itemScoreMetric(label: string): ChartedMetric {
  return {
    id: 'item-score', label, unit: '%', decimals: 0, higherIsBetter: true,
    series: [{ id: 'set', label: 'Item score' }],
    extract: (r) => itemScoreValue(field(r, 'itemScore')),
    change: SAME_DAY, noReference: NO_AGE_REFERENCE,
  };
}

/** The best of a set summary's metric (setSummary.<key>.best). */
export function setBest(r: unknown, key: string): number | undefined {
  return finite(field(field(field(r, 'setSummary'), key), 'best'));
}

/** A stored list, or an empty one when the field is missing or not a list. */
export const listOf = (r: unknown, key: string): readonly unknown[] => {
  const v = field(r, key);
  return Array.isArray(v) ? v : [];
};

/** The stored trials (reps or runs) whose criteria are a list: the input an item score can be recomputed from. */
export const trialsOf = (r: unknown, key: string): { criteria: CriterionMark[] }[] =>
  listOf(r, key).filter((t) => Array.isArray(field(t, 'criteria'))
    && (field(t, 'criteria') as unknown[]).every((c) => field(c, 'id') !== undefined)) as { criteria: CriterionMark[] }[];

/** The protocol words of a stored item score, for a recomputed score to keep. */
export const protocolOf = (r: unknown, fallback: string): string => {
  const p = field(field(r, 'itemScore'), 'protocol');
  return typeof p === 'string' ? p : fallback;
};

export type Rescore = (r: unknown) => ItemScore | undefined;
