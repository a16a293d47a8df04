// CSV exports a therapist can open in a spreadsheet: a per-session summary file and a per-rep / hold / cycle file.
// One column per metric and per criterion, headers in words with units, local dates, the engine's mark and the
// therapist's corrected mark side by side, and a row for every session (a session with nothing counted says so).
import { headerOf } from './csv-headers.ts';
import { correctSession } from './corrected.ts';
import type { RecordsDb } from './db.ts';
import { reviewSession, type ReviewedPart, type SessionReview } from './overrides.ts';
import { loadItems } from './sessions.ts';
import type { ChildRow, ItemKind, JsonObject, JsonValue, OverrideRow } from './types.ts';

type Row = Map<string, string>;

/** Summary fields shown in their own columns (or not at all), not flattened. */
const SUMMARY_HANDLED = new Set(['task', 'flags', 'itemScore', 'protocol']);
const ITEM_WORDS: Readonly<Record<ItemKind, string>> = { rep: 'Rep', hold: 'Hold', cycle: 'Crawl cycle' };

const pad = (n: number) => String(n).padStart(2, '0');
/** Local date and time, "2024-09-01 14:05" (a spreadsheet reads it as a date; no UTC "Z" to convert). */
export const localDateTime = (tMs: number): string => {
  const d = new Date(tMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/**
 * Quotes a cell per RFC 4180; text starting with = + - @ gets a leading ' so that a spreadsheet does not run it as a
 * formula (OWASP CSV injection). Numbers are written as they are.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const isObject = (v: JsonValue | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCriterion = (v: JsonValue): v is JsonObject => isObject(v) && typeof v.id === 'string' && 'score' in v;
const scalar = (v: JsonValue): string => (v === null ? '' : typeof v === 'object' ? '' : String(v));
const markText = (v: JsonValue | undefined): string => (v === null || v === undefined ? 'not scorable' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const idText = (v: JsonValue | undefined): string => (typeof v === 'string' ? v : JSON.stringify(v ?? null));

/** What a list of plain objects (balance errors, limb steps) reads as in one cell: "touch-down at 3200 ms; ...". */
function listText(list: readonly JsonValue[]): string {
  return list.map((v) => {
    if (!isObject(v)) return scalar(v);
    if (typeof v.kind === 'string' && typeof v.tMs === 'number') return `${v.kind} at ${Math.round(v.tMs)} ms`;
    return Object.entries(v).filter(([, x]) => x === null || typeof x !== 'object').map(([k, x]) => `${headerOf(k).toLowerCase()} ${scalar(x)}`).join(' ');
  }).join('; ');
}

/**
 * One cell per metric (header in words with unit), two per criterion (engine and therapist), from one record of the
 * engine. `therapist` holds the corrected values by dot path; `prefix` names nested trials ("Run 2: ").
 */
function flatten(data: JsonObject, therapist: ReadonlyMap<string, JsonValue>, out: Row, path = '', prefix = ''): Row {
  for (const [key, value] of Object.entries(data)) {
    const at = path ? `${path}.${key}` : key;
    if (Array.isArray(value)) {
      const list: readonly JsonValue[] = value;
      if (list.length > 0 && list.every(isCriterion)) {
        for (const c of list as JsonObject[]) {
          const label = `${prefix}${typeof c.label === 'string' ? c.label : idText(c.id)}`;
          const field = `${at}.${idText(c.id)}.score`;
          out.set(`${label} (engine, 1 met / 0 not)`, markText(c.score));
          out.set(`${label} (therapist)`, therapist.has(field) ? markText(therapist.get(field)) : '');
          out.set(`${label}: what was seen`, typeof c.evidence === 'string' ? c.evidence : '');
        }
      } else if (list.length > 0 && list.every((x) => isObject(x) && Array.isArray(x.criteria))) {
        list.forEach((trial, i) => flatten(trial as JsonObject, therapist, out, `${at}.${i}`, `${prefix}${headerOf(key).replace(/s$/, '')} ${i + 1}: `));
      } else {
        out.set(`${prefix}${headerOf(at)}`, list.every((x) => !isObject(x)) ? list.map(scalar).join('; ') : listText(list));
      }
    } else if (isObject(value)) {
      flatten(value, therapist, out, at, prefix);
    } else {
      const header = `${prefix}${headerOf(at)}`;
      out.set(header, scalar(value));
      if (therapist.has(at)) out.set(`${header} (therapist)`, scalar(therapist.get(at)!));
    }
  }
  return out;
}

const therapistValues = (part: ReviewedPart) => new Map(part.overridden.map((f) => [f.field, f.value]));

function correctionsText(overrides: readonly OverrideRow[]): string {
  return overrides.map((o) => `${o.target === 'session' ? 'set' : `${o.target} ${o.index + 1}`}, ${o.field}: ${scalar(o.oldValue) || 'not scorable'} -> `
    + `${scalar(o.newValue) || 'not scorable'} on ${localDateTime(o.atMs)} (${o.reason})`).join(' | ');
}

function sessionColumns(child: ChildRow, review: SessionReview): Row {
  const s = review.session;
  return new Map([
    ['Child', child.nickname], ['Birth date', child.birthDate], ['Date (local time)', localDateTime(s.startedAtMs)],
    ['Task', s.task], ['Protocol', s.protocol], ['Source', s.source === 'file' ? 'video file' : 'camera'], ['Source file', s.fileName ?? ''],
    ['Model', s.model], ['Engine version', s.engineVersion], ['State', s.status === 'complete' ? 'finished' : 'interrupted'],
    ['Trial', liveTrialText(s.live)], ['Setup check', s.live === undefined ? '' : s.live.setupOverride ? 'started over it by the therapist' : 'held'],
  ]);
}

/** A live set's trial in words: "2 of 2" in the test protocol, "free play"; empty for a file or an older session. */
const liveTrialText = (live: SessionReview['session']['live']): string =>
  live === undefined ? '' : live.step === 'scored' ? `${live.trial ?? '?'} of ${live.scoredTrials ?? '?'}` : 'free play';

function summaryRow(child: ChildRow, review: SessionReview): Row {
  const s = review.session;
  const score = correctSession(review).itemScore;
  const overrides = [review.summary, ...review.items].flatMap((p) => p.overridden.flatMap((f) => f.history));
  const row = sessionColumns(child, review);
  row.set('Duration (s)', (s.durationMs / 1000).toFixed(1));
  row.set('Items counted', String(s.itemCount));
  row.set('Result', s.itemCount === 0 ? 'nothing counted in this session' : '');
  row.set('Item score (engine)', score ? `${score.engine.score} of ${score.engine.max}` : '');
  row.set('Item score (therapist)', score?.corrected ? `${score.corrected.score} of ${score.corrected.max}` : '');
  const summary = Object.fromEntries(Object.entries(s.summary).filter(([k]) => !SUMMARY_HANDLED.has(k)));
  flatten(summary, therapistValues(review.summary), row);
  row.set('Flags', Array.isArray(s.summary.flags) ? (s.summary.flags as JsonValue[]).map(scalar).join('; ') : '');
  row.set('Corrections', correctionsText(overrides));
  row.set('Note', s.note ?? '');
  return row;
}

function itemRows(child: ChildRow, review: SessionReview): Row[] {
  if (review.items.length === 0) {
    return [new Map([...sessionColumns(child, review), ['Item', 'none'], ['Number', ''], ['Result', 'nothing counted in this session']])];
  }
  return review.items.map((part) => {
    const row = new Map([...sessionColumns(child, review), ['Item', ITEM_WORDS[part.target as ItemKind] ?? part.target], ['Number', String(part.index + 1)]]);
    flatten(part.engine, therapistValues(part), row);
    // A crawl cycle (or any item) with start and end but no duration gets one, in seconds.
    const { startMs, endMs } = part.engine;
    if (!row.has('Duration (s)') && typeof startMs === 'number' && typeof endMs === 'number') row.set('Duration (s)', ((endMs - startMs) / 1000).toFixed(2));
    row.set('Corrections', correctionsText(part.overridden.flatMap((f) => f.history)));
    return row;
  });
}

function toCsv(rows: readonly Row[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) for (const key of row.keys()) if (!seen.has(key)) { seen.add(key); columns.push(key); }
  const lines = [columns, ...rows.map((row) => columns.map((c) => row.get(c) ?? ''))];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface CsvFiles {
  /** One row per session. */
  readonly sessions: string;
  /** One row per rep, hold or crawl cycle (and one per session with nothing counted). */
  readonly items: string;
}

/** The CSV files of the given children's sessions (all children when none are named), oldest session first. */
export async function exportCsv(db: RecordsDb, childIds?: readonly string[]): Promise<CsvFiles> {
  const children = childIds ? (await db.children.bulkGet([...childIds])).filter((c): c is ChildRow => !!c) : await db.children.toArray();
  const sessions: Row[] = [];
  const items: Row[] = [];
  for (const child of children) {
    const rows = await db.sessions.where('[childId+startedAtMs]').between([child.id, -Infinity], [child.id, Infinity]).toArray();
    for (const session of rows) {
      const overrides = await db.overrides.where('sessionId').equals(session.id).sortBy('atMs');
      const review = reviewSession(session, await loadItems(db, session.id), overrides);
      sessions.push(summaryRow(child, review));
      items.push(...itemRows(child, review));
    }
  }
  return { sessions: toCsv(sessions), items: toCsv(items) };
}
