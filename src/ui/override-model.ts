// The therapist's corrections laid over the result screen's model: a corrected criterion mark shows the therapist's
// value with the engine's in brackets and a marker, and the audit trail lists every change (old -> new, when, why).
// Pure: the records layer's review (reviewSession) comes in, display data goes out.
import { findTask, type ItemLists, type TaskResultBase } from '../analysis/index.ts';
import type { JsonObject, JsonValue, OverriddenField, OverrideRow, SessionReview } from '../records/index.ts';
import { markOf, scoreText, type Cell, type GradeAddress, type ResultModel, type Table } from './result-model.ts';

/** The one key of a grade's address, shared by the grid cells and the review's overridden fields. */
export const addressKey = (a: GradeAddress): string => `${a.target}/${a.index}/${a.field}`;

export type OverrideLookup = ReadonlyMap<string, OverriddenField>;

/** Every overridden field of a session by its address; empty before the review is loaded. */
export function overrideLookup(review: SessionReview | undefined): OverrideLookup {
  const map = new Map<string, OverriddenField>();
  for (const part of review ? [review.summary, ...review.items] : []) {
    for (const f of part.overridden) map.set(addressKey({ target: part.target, index: part.index, field: f.field }), f);
  }
  return map;
}

/** A stored value as a criterion score; anything but 0 or 1 reads as not scorable. */
export const asScore = (v: JsonValue): 0 | 1 | null => (v === 1 ? 1 : v === 0 ? 0 : null);

const sentenceEnd = (s: string) => s.trim().replace(/[.!?]+$/, '');

/** A corrected mark: the therapist's value, the engine's in brackets, the marker, and the latest reason on hover. */
export function overriddenCell(cell: Cell, field: OverriddenField, formatTime: (atMs: number) => string): Cell {
  const value = asScore(field.value);
  const engine = asScore(field.engineValue);
  const last = field.history.at(-1);
  const why = last ? `Changed by the therapist on ${formatTime(last.atMs)}: ${sentenceEnd(last.reason)}.` : 'Changed by the therapist.';
  const again = field.engineChangedSince ? ' The engine\'s value changed since (a re-grade): look at this mark again.' : '';
  const engineText = engine === null ? 'not scorable' : String(engine);
  return { ...cell, text: `${scoreText(value)} (engine ${engineText})`, mark: markOf(value), overridden: true, title: why + again };
}

/** Note under a grid with corrections, so nobody reads the engine's item score as the therapist's. */
export const OVERRIDE_NOTE = '✎ marks a therapist\'s correction, with the engine\'s value in brackets; the corrected item score is shown above, beside the engine\'s.';

function tableWithOverrides(table: Table, lookup: OverrideLookup, formatTime: (atMs: number) => string): Table {
  let changed = false;
  const rows = table.rows.map((row) => row.map((cell) => {
    const field = cell.grade ? lookup.get(addressKey(cell.grade)) : undefined;
    if (!field) return cell;
    changed = true;
    return overriddenCell(cell, field, formatTime);
  }));
  return changed ? { ...table, rows, notes: [...table.notes, OVERRIDE_NOTE] } : table;
}

/** The model with every corrected criterion mark shown as the therapist's value beside the engine's. */
export function modelWithOverrides(model: ResultModel, lookup: OverrideLookup, formatTime: (atMs: number) => string): ResultModel {
  if (lookup.size === 0) return model;
  return { ...model, tables: model.tables.map((t) => tableWithOverrides(t, lookup, formatTime)) };
}

export interface AuditEntry {
  readonly id: string;
  readonly atMs: number;
  /** "Hands overhead in jack 1", or the stored address when the grid no longer shows it. */
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
  /** The engine no longer produces this item (a re-grade found fewer reps): the change is kept and shown. */
  readonly orphaned: boolean;
}

const valueText = (v: JsonValue): string => (v === null || v === 0 || v === 1 ? scoreText(v) : JSON.stringify(v));

/** Every change of the session, oldest first, named by the grid's cells where they are shown. */
export function auditTrail(review: SessionReview | undefined, model: ResultModel | null): AuditEntry[] {
  if (!review) return [];
  const names = new Map<string, string>();
  for (const cell of model?.tables.flatMap((t) => t.rows.flat()) ?? []) if (cell.grade) names.set(addressKey(cell.grade), cell.grade.name);
  const orphaned = new Set(review.orphaned.map((r) => r.id));
  const rows: OverrideRow[] = [review.summary, ...review.items].flatMap((p) => p.overridden.flatMap((f) => f.history));
  return [...rows, ...review.orphaned].sort((a, b) => a.atMs - b.atMs).map((r) => ({
    id: r.id, atMs: r.atMs, name: names.get(addressKey(r)) ?? `${r.target} ${r.index + 1}, ${r.field}`,
    from: valueText(r.oldValue), to: valueText(r.newValue), reason: r.reason, orphaned: orphaned.has(r.id),
  }));
}

/**
 * A stored session back as an engine result (its summary with the item arrays put back), for the result screen;
 * null when nothing was saved yet (an interrupted session before its first rep has an empty summary).
 */
export function resultOfReview(review: SessionReview): TaskResultBase | null {
  const summary: JsonObject = review.session.summary;
  if (summary.task !== review.session.task) return null;
  // The task's definition names the list each kind of item goes back into (a task this version lacks has none).
  const lists: ItemLists = findTask(review.session.task)?.items ?? {};
  const arrays: Record<string, JsonObject[]> = Object.fromEntries(Object.values(lists).map((key) => [key, []]));
  const items = [...review.items].sort((a, b) => a.index - b.index);
  for (const item of items) {
    const key = item.target === 'session' ? undefined : lists[item.target];
    if (key !== undefined) arrays[key]?.push(item.engine);
  }
  const result = { ...summary, ...arrays };
  return isResultShaped(result) ? result : null;
}

/** The fields every engine result has (a damaged stored summary without them is not shown as a result). */
const isResultShaped = (value: Readonly<Record<string, unknown>>): value is TaskResultBase & JsonObject =>
  typeof value.task === 'string' && Array.isArray(value.flags) && value.flags.every((f) => typeof f === 'string');
