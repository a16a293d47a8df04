// Turns an engine result into what the result screen shows: a headline, summary lines, a metrics table per rep / hold /
// cycle with units in the headers, a criteria grid (1 met, 0 not met, null not scorable with the reason), and flags.
import type { TaskResultBase } from '../analysis/index.ts';
import { jumpingJackModel, longJumpModel, twoFootJumpModel, hopModel } from './result-jumps.ts';
import { balanceModel, crawlModel, tandemModel } from './result-others.ts';

export interface Cell {
  readonly text: string;
  /** Shown on hover: the evidence behind a value. */
  readonly title?: string;
  readonly mark?: 'met' | 'not-met' | 'not-scorable';
}

export interface Table {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Sentences under the table, e.g. why some criteria could not be scored. */
  readonly notes: readonly string[];
}

export interface ResultModel {
  readonly headline: string;
  readonly lines: readonly string[];
  readonly tables: readonly Table[];
  readonly flags: readonly string[];
}

export interface Criterion {
  readonly id: string;
  readonly label: string;
  readonly score: 0 | 1 | null;
  readonly evidence: string;
}

/** A number with fixed decimals, or an en dash when it was not measured. */
export const num = (v: number | null | undefined, digits = 0): string =>
  (v === null || v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits));

export const plusMinus = (m: { value: number; plusMinus: number } | undefined, digits = 0): string =>
  (m ? `${num(m.value, digits)} ± ${num(m.plusMinus, digits)}` : '–');

export const yesNo = (v: boolean | undefined | null): string => (v === undefined || v === null ? '–' : v ? 'yes' : 'no');

export const text = (t: string, title?: string): Cell => (title === undefined ? { text: t } : { text: t, title });

/**
 * The criteria as a grid: one row per criterion, one column per rep (or run). A criterion that could not be scored
 * reads "not scorable", and the note under the grid says why, once per reason.
 */
export function criteriaTable(caption: string, columnLabel: string, trials: readonly (readonly Criterion[])[]): Table | null {
  const first = trials[0];
  if (!first || first.length === 0) return null;
  const notes = new Map<string, number[]>();
  const rows = first.map((c, i) => [
    text(c.label),
    ...trials.map((criteria, t): Cell => {
      const mark = criteria[i];
      if (!mark || mark.score === null) {
        const key = `${c.label}: ${mark?.evidence ?? 'not measured'}`;
        notes.set(key, [...(notes.get(key) ?? []), t + 1]);
        return { text: 'not scorable', title: mark?.evidence ?? 'not measured', mark: 'not-scorable' };
      }
      return { text: mark.score === 1 ? '1 ✓' : '0 ✗', title: mark.evidence, mark: mark.score === 1 ? 'met' : 'not-met' };
    }),
  ]);
  return {
    caption,
    head: ['Criterion', ...trials.map((_, t) => `${columnLabel} ${t + 1}`)],
    rows,
    notes: [...notes].map(([why, which]) => `Not scorable in ${columnLabel.toLowerCase()} ${which.join(', ')} — ${why}.`),
  };
}

export function itemScoreLines(s: { protocol: string; score: number; max: number; trials: number; notScorable: readonly string[] }): string[] {
  return [
    `Item score: ${s.score} of ${s.max} (${s.protocol}; ${s.trials} trials).`,
    ...s.notScorable.map((why) => `Left out of the score: ${why}.`),
  ];
}

export function metricLine(name: string, unit: string, m: { best: number; mean: number; cv: number } | undefined, digits = 0): string | null {
  if (!m) return null;
  return `${name}: best ${num(m.best, digits)} ${unit}, mean ${num(m.mean, digits)} ${unit}, variation ${num(100 * m.cv)}% (lower is steadier).`;
}

/** The result screen's model for any task's result (the task field says which shape it has). */
export function resultModel(result: TaskResultBase): ResultModel {
  const r = result as never;
  switch (result.task) {
    case 'two-foot-jump': return twoFootJumpModel(r);
    case 'jumping-jack': return jumpingJackModel(r);
    case 'hop': return hopModel(r);
    case 'standing-long-jump': return longJumpModel(r);
    case 'single-leg-stance': return balanceModel(r);
    case 'tandem-stance': return tandemModel(r);
    case 'crawl': return crawlModel(r);
  }
}
