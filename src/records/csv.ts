// CSV export: one row per rep / hold / crawl cycle, with the child, the session, every metric and criterion the engine
// produced (nested fields flattened to dot paths), and the therapist's overrides (final value and the audit trail).
import type { RecordsDb } from './db.ts';
import { reviewSession, type ReviewedPart } from './overrides.ts';
import { loadItems } from './sessions.ts';
import type { ChildRow, JsonObject, JsonValue, SessionRow } from './types.ts';

const FIXED_COLUMNS = ['child', 'birth_date', 'session_date', 'task', 'protocol', 'source', 'engine_version', 'kind', 'number'];

/** Flattens nested objects to dot paths; arrays of plain values become "a; b", other arrays JSON. */
export function flattenJson(data: JsonObject, prefix = '', out: Map<string, string> = new Map()): Map<string, string> {
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flattenJson(value as JsonObject, path, out);
    else out.set(path, cellText(value));
  }
  return out;
}

function cellText(value: JsonValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.every((v) => v === null || typeof v !== 'object') ? value.map(cellText).join('; ') : JSON.stringify(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Quotes a cell per RFC 4180; text starting with = + - @ gets a leading ' so that a spreadsheet does not run it as a
 * formula (OWASP CSV injection). Numbers are written as they are.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The therapist's value of each overridden field ("<field> (therapist)") and the audit trail in one cell. */
function overrideCells(part: ReviewedPart, prefix = ''): Map<string, string> {
  const cells = new Map<string, string>();
  const trail: string[] = [];
  for (const field of part.overridden) {
    cells.set(`${prefix}${field.field} (therapist)`, cellText(field.value));
    for (const o of field.history) {
      trail.push(`${o.field}: ${cellText(o.oldValue)} -> ${cellText(o.newValue)} on ${new Date(o.atMs).toISOString()} (${o.reason})`);
    }
  }
  if (trail.length > 0) cells.set(`${prefix}overrides`, trail.join(' | '));
  return cells;
}

/** The CSV text of the given children's sessions (all children when none are named), oldest session first. */
export async function exportCsv(db: RecordsDb, childIds?: readonly string[]): Promise<string> {
  const children = childIds ? (await db.children.bulkGet([...childIds])).filter((c): c is ChildRow => !!c) : await db.children.toArray();
  const rows: Map<string, string>[] = [];
  for (const child of children) {
    const sessions: SessionRow[] = await db.sessions.where('[childId+startedAtMs]').between([child.id, -Infinity], [child.id, Infinity]).toArray();
    for (const session of sessions) {
      const overrides = await db.overrides.where('sessionId').equals(session.id).sortBy('atMs');
      const review = reviewSession(session, await loadItems(db, session.id), overrides);
      for (const part of review.items) {
        const fixed = new Map<string, string>([
          ['child', child.nickname], ['birth_date', child.birthDate], ['session_date', new Date(session.startedAtMs).toISOString()],
          ['task', session.task], ['protocol', session.protocol], ['source', session.source],
          ['engine_version', session.engineVersion], ['kind', part.target], ['number', String(part.index + 1)],
        ]);
        // Overrides of the session's own grades (its summary) repeat on each of its rows, prefixed "session.".
        rows.push(new Map([...fixed, ...flattenJson(part.engine), ...overrideCells(part), ...overrideCells(review.summary, 'session.')]));
      }
    }
  }
  const columns = [...FIXED_COLUMNS];
  const seen = new Set(columns);
  for (const row of rows) for (const key of row.keys()) if (!seen.has(key)) { seen.add(key); columns.push(key); }
  const lines = [columns, ...rows.map((row) => columns.map((c) => row.get(c) ?? ''))];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
