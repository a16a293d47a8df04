// What a task declares about the numbers that are charted over time (its "charted.ts", beside its definition): label,
// unit, which way is better, how to read the value(s) from a stored result, what tells a real change from measurement
// error, and the age reference where CLINICAL.md gives one. The UI draws whatever a task declares: no switch on ids.
import type { ItemScore } from '../tasks/jumps/types.ts';
import type { TaskId } from '../tasks/table.ts';

/** One line of a chart, e.g. the left standing leg. Told apart by colour and by point shape. */
export interface SeriesDef {
  readonly id: string;
  readonly label: string;
}

/** One value of one session for one series. */
export interface MetricValue {
  readonly series: string;
  readonly value: number;
  /** How the value reads when a plain number would not do, e.g. "9 of 10" or "reciprocal". */
  readonly text?: string;
  /** The engine was unsure (drawn hollow), e.g. a crawl pattern inferred from a front view. */
  readonly uncertain?: boolean;
}

/**
 * What a change must exceed before it is called one. "published": a smallest meaningful change from the literature;
 * "same-day": the spread of the child's own repeated sessions on one day (see measurement-error.ts).
 */
export type ChangeRule =
  | { readonly kind: 'published'; readonly points: number; readonly source: string }
  | { readonly kind: 'same-day' }
  | { readonly kind: 'none'; readonly reason: string };

/** An age reference for one moment: the value a milestone asks for, labelled "reference, not a diagnosis". */
export interface ReferencePoint {
  readonly value: number;
  /** Short words for the legend, e.g. "PDMS-2 milestone for the age". */
  readonly label: string;
  readonly source: string;
}

export interface ChartedMetric<R = unknown> {
  /** Stable id within the task, e.g. "longest-hold". */
  readonly id: string;
  /** Words for people, e.g. "Longest hold". */
  readonly label: string;
  /** Unit as shown after a number, e.g. "s", "cm", "jumps". */
  readonly unit: string;
  readonly decimals: number;
  /** true: up is better; false: down is better; null: neither (a category). */
  readonly higherIsBetter: boolean | null;
  readonly series: readonly SeriesDef[];
  /** Categorical metrics (a crawl pattern) chart the index into `categories` with the name as the point's label. */
  readonly categories?: readonly string[];
  /** The value(s) of one session; empty when this session did not measure it. Stored results may be from an older
   * engine, so extractors read defensively. */
  readonly extract: (result: R) => readonly MetricValue[];
  readonly change: ChangeRule;
  /** The reference at an age in months, or undefined where the source gives none for that age. */
  readonly reference?: (ageMonths: number) => ReferencePoint | undefined;
  /** Why there is no age band (shown under the chart); required when `reference` is absent. */
  readonly noReference?: string;
  /** True when `extract` reads the per-item arrays (reps, holds, cycles), not only the set's summary: loaders may skip
   * reading items for tasks whose metrics all leave this unset. */
  readonly readsItems?: boolean;
  /** Family wording for a personal best, e.g. "longest hold on one leg". Absent: not shown to the family. */
  readonly familyBest?: string;
}

export interface ChartedTask<R = unknown> {
  readonly task: TaskId;
  readonly metrics: readonly ChartedMetric<R>[];
  /** The item score recomputed from a result whose criteria a therapist corrected (absent: the task has none). */
  readonly rescore?: (result: R) => ItemScore | undefined;
}

/** A finite number or undefined: stored JSON may hold null, strings or nothing where a number was expected. */
export const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A record's field, or undefined when the value is not an object. */
export const field = (v: unknown, key: string): unknown =>
  (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined);

export const one = (series: string, value: number | undefined, text?: string): MetricValue[] =>
  (value === undefined ? [] : [text === undefined ? { series, value } : { series, value, text }]);
