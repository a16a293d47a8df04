// The parts of the result screen's model and the formatting they share: cells, tables, the criteria grid (1 met,
// 0 not met, null not scorable with the reason), item-score and metric lines. Each task's report.ts builds its screen
// from these (plain text and numbers: the UI renders them).
import type { ItemKind } from '../tasks/types.ts';

/** Where a therapist's correction is stored: the session's summary or one of its items. */
export type OverrideTarget = 'session' | ItemKind;

export interface Cell {
  readonly text: string;
  /** Shown on hover: the evidence behind a value. */
  readonly title?: string;
  readonly mark?: 'met' | 'not-met' | 'not-scorable';
  /** A criterion mark a therapist may correct: where it is stored and what the engine said. */
  readonly grade?: GradeRef;
  /** True when the text shows a therapist's value (the engine's is in brackets). */
  readonly overridden?: boolean;
}

/** Where a grade lives in the records: the session summary or one item, and the dot path inside it. */
export interface GradeAddress {
  readonly target: OverrideTarget;
  readonly index: number;
  readonly field: string;
}

export interface GradeRef extends GradeAddress {
  readonly engine: 0 | 1 | null;
  /** "Hands overhead in jack 1": names the mark in the correction form and the audit trail. */
  readonly name: string;
}

/** Which stored record holds a column's criteria: a rep, hold or cycle by index, or a path inside the summary. */
export interface ColumnAddress {
  readonly target: OverrideTarget;
  readonly index: number;
  /** Prefix of the field path inside that record, e.g. "runs.2." for a hop run kept in the summary; '' for items. */
  readonly prefix: string;
}

export const repColumn = (t: number): ColumnAddress => ({ target: 'rep', index: t, prefix: '' });

export interface Table {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Sentences under the table, e.g. why some criteria could not be scored. */
  readonly notes: readonly string[];
}

/** What a task's report() gives: the lines under the headline and the tables (each item list, the criteria grid). */
export interface ResultReport {
  readonly lines: readonly string[];
  readonly tables: readonly Table[];
}

/** The result screen's model: the headline, the task's report and the set's data-quality flags. */
export interface ResultModel extends ResultReport {
  readonly headline: string;
  readonly flags: readonly string[];
}

export const flagsCell = (flags: readonly string[]): Cell => text(flags.length === 0 ? '–' : flags.join('; '));

/** The entries that were measured (a line or table that does not apply is null). */
export const present = <T>(list: readonly (T | null)[]): T[] => list.filter((x): x is T => x !== null);

export interface Criterion {
  readonly id: string;
  readonly label: string;
  readonly score: 0 | 1 | null;
  readonly evidence: string;
}

/** One row per item (rep, hold, cycle); the head names each column with its unit. */
export function itemTable<T>(caption: string, head: readonly string[], items: readonly T[],
  row: (item: T, i: number) => readonly Cell[], notes: readonly string[] = []): Table {
  return { caption, head, rows: items.map(row), notes };
}

/** A number with fixed decimals, or an en dash when it was not measured. */
export const num = (v: number | null | undefined, digits = 0): string =>
  (v === null || v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits));

export const plusMinus = (m: { value: number; plusMinus: number } | undefined, digits = 0): string =>
  (m ? `${num(m.value, digits)} ± ${num(m.plusMinus, digits)}` : '–');

export const yesNo = (v: boolean | undefined | null): string => (v === undefined || v === null ? '–' : v ? 'yes' : 'no');

export const text = (t: string, title?: string): Cell => (title === undefined ? { text: t } : { text: t, title });

/** How a 0/1 criterion mark reads: "1 ✓", "0 ✗" or "not scorable". */
export const scoreText = (score: 0 | 1 | null): string => (score === 1 ? '1 ✓' : score === 0 ? '0 ✗' : 'not scorable');

export const markOf = (score: 0 | 1 | null): NonNullable<Cell['mark']> => (score === 1 ? 'met' : score === 0 ? 'not-met' : 'not-scorable');

/**
 * The criteria as a grid: one row per criterion, one column per rep (or run). A criterion that could not be scored
 * reads "not scorable", and the note under the grid says why, once per reason.
 */
export function criteriaTable(caption: string, columnLabel: string, trials: readonly (readonly Criterion[])[],
  columnAt: (t: number) => ColumnAddress = repColumn): Table | null {
  const first = trials[0];
  if (!first || first.length === 0) return null;
  const notes = new Map<string, number[]>();
  const rows = first.map((c, i) => [
    text(c.label),
    ...trials.map((criteria, t): Cell => {
      const mark = criteria[i];
      const at = columnAt(t);
      const grade: GradeRef = { target: at.target, index: at.index, field: `${at.prefix}criteria.${c.id}.score`,
        engine: mark?.score ?? null, name: `${c.label} in ${columnLabel.toLowerCase()} ${t + 1}` };
      if (!mark || mark.score === null) {
        const key = `${c.label}: ${mark?.evidence ?? 'not measured'}`;
        notes.set(key, [...(notes.get(key) ?? []), t + 1]);
        return { text: scoreText(null), title: mark?.evidence ?? 'not measured', mark: markOf(null), grade };
      }
      return { text: scoreText(mark.score), title: mark.evidence, mark: markOf(mark.score), grade };
    }),
  ]);
  return {
    caption,
    head: ['Criterion', ...trials.map((_, t) => `${columnLabel} ${t + 1}`)],
    rows,
    notes: [...notes].map(([why, which]) => `Not scorable in ${columnLabel.toLowerCase()} ${which.join(', ')} — ${why}.`),
  };
}

/**
 * The item score's line and what was left out of it. `manualMax`: the item's maximum in the manual (criteria or elements
 * per trial x points x trials); when criteria that cannot be judged from this view shrink the maximum, the line says so
 * next to the number ("3 of 6 judged (8 in the manual)"), so a smaller maximum is never read as the manual's.
 */
export function itemScoreLines(s: { protocol: string; score: number; max: number; trials: number; notScorable: readonly string[] }, manualMax?: number): string[] {
  const of = manualMax !== undefined && manualMax !== s.max ? `${s.max} judged (${manualMax} in the manual)` : `${s.max}`;
  return [
    `Item score: ${s.score} of ${of} (${s.protocol}; ${s.trials} trials).`,
    ...s.notScorable.map((why) => `Left out of the score: ${why}.`),
  ];
}

export function metricLine(name: string, unit: string, m: { best: number; mean: number; cv: number } | undefined, digits = 0): string | null {
  if (!m) return null;
  return `${name}: best ${num(m.best, digits)} ${unit}, mean ${num(m.mean, digits)} ${unit}, variation ${num(100 * m.cv)}% (lower is steadier).`;
}
