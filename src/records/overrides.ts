// Therapist overrides of any grade, as an append-only audit trail: each override records the engine's value, the value
// shown before it, the new value, when and why. The engine's own data is never changed, so a re-grade (regrade.ts)
// replaces it while the overrides stay and are shown next to the new engine value.
import { RecordsError, describeWriteFailure } from './errors.ts';
import { newId, type RecordsDb } from './db.ts';
import type { ItemRow, JsonObject, JsonValue, OverrideRow, OverrideTarget, SessionRow } from './types.ts';

export interface NewOverride {
  readonly sessionId: string;
  readonly target: OverrideTarget;
  readonly index: number;
  readonly field: string;
  readonly newValue: JsonValue;
  readonly reason: string;
}

/**
 * The value at a dot path, null when absent. A segment steps into an object by key, or into an array by the `id` of
 * an element or by its index: "criteria.arms-overhead.score" reaches the score of the criterion whose id is
 * "arms-overhead", because the engine lists criteria as arrays of { id, score, evidence }.
 */
export function valueAtPath(data: JsonObject, path: string): JsonValue {
  let value: JsonValue | undefined = data;
  for (const key of path.split('.')) {
    if (Array.isArray(value)) {
      const list: readonly JsonValue[] = value;
      const byId: JsonValue | undefined = list.find((v) => v !== null && typeof v === 'object' && !Array.isArray(v) && (v as JsonObject).id === key);
      value = byId ?? (/^\d+$/.test(key) ? list[Number(key)] : undefined);
    } else {
      value = value !== null && typeof value === 'object' ? (value as JsonObject)[key] : undefined;
    }
  }
  return value ?? null;
}

/** Records an override. The reason is required: an audit trail without the why cannot be reviewed. */
export async function overrideGrade(db: RecordsDb, change: NewOverride, nowMs = Date.now()): Promise<OverrideRow> {
  if (change.reason.trim().length === 0) {
    throw new RecordsError('invalid-input', 'Say why the grade is changed (the reason is kept with the change): nothing was saved.');
  }
  return describeWriteFailure('the changed grade', () => db.transaction('rw', [db.sessions, db.items, db.overrides], async () => {
    const session = await db.sessions.get(change.sessionId);
    if (!session) throw new RecordsError('not-found', 'This session no longer exists (it may have been deleted): reload it.');
    const data = change.target === 'session' ? session.summary
      : (await db.items.get(change.sessionId))?.items.find((i) => i.kind === change.target && i.index === change.index)?.data;
    if (!data) {
      throw new RecordsError('not-found', `The engine found no ${change.target} ${change.index + 1} in this session: reload it.`);
    }
    const earlier = await overridesOf(db, change.sessionId);
    const last = latestFor(earlier, change.target, change.index, change.field);
    const engineValue = valueAtPath(data, change.field);
    const row: OverrideRow = {
      id: newId(), sessionId: change.sessionId, target: change.target, index: change.index, field: change.field,
      engineValue, oldValue: last ? last.newValue : engineValue, newValue: change.newValue, atMs: nowMs,
      reason: change.reason.trim(), engineVersion: session.engineVersion,
    };
    await db.overrides.add(row);
    return row;
  }));
}

/** A session's overrides, oldest first. */
export async function overridesOf(db: RecordsDb, sessionId: string): Promise<OverrideRow[]> {
  const rows = await db.overrides.where('sessionId').equals(sessionId).toArray();
  return rows.sort((a, b) => a.atMs - b.atMs);
}

function latestFor(rows: readonly OverrideRow[], target: OverrideTarget, index: number, field: string): OverrideRow | undefined {
  return rows.filter((r) => r.target === target && r.index === index && r.field === field).at(-1);
}

/** One overridden field as shown: the engine's value now, the therapist's value, and the changes that led to it. */
export interface OverriddenField {
  readonly field: string;
  readonly engineValue: JsonValue;
  readonly value: JsonValue;
  /** True when a re-grade changed the engine's value since the therapist's last change: worth a second look. */
  readonly engineChangedSince: boolean;
  readonly history: readonly OverrideRow[];
}

export interface ReviewedPart {
  readonly target: OverrideTarget;
  readonly index: number;
  /** The engine's data, unchanged. */
  readonly engine: JsonObject;
  readonly overridden: readonly OverriddenField[];
}

export interface SessionReview {
  readonly session: SessionRow;
  readonly summary: ReviewedPart;
  readonly items: readonly ReviewedPart[];
  /** Overrides of items that a re-grade no longer produces: kept and shown, never dropped. */
  readonly orphaned: readonly OverrideRow[];
}

function reviewPart(target: OverrideTarget, index: number, engine: JsonObject, rows: readonly OverrideRow[]): ReviewedPart {
  const mine = rows.filter((r) => r.target === target && r.index === index);
  const fields = [...new Set(mine.map((r) => r.field))];
  return {
    target, index, engine,
    overridden: fields.map((field) => {
      const history = mine.filter((r) => r.field === field);
      const last = history[history.length - 1]!;
      const engineValue = valueAtPath(engine, field);
      return { field, engineValue, value: last.newValue, engineChangedSince: JSON.stringify(engineValue) !== JSON.stringify(last.engineValue), history };
    }),
  };
}

/** A session with the engine's values and the therapist's overrides side by side. */
export function reviewSession(session: SessionRow, items: readonly ItemRow[], overrides: readonly OverrideRow[]): SessionReview {
  const known = new Set(items.map((i) => `${i.kind}/${i.index}`));
  return {
    session,
    summary: reviewPart('session', 0, session.summary, overrides),
    items: items.map((item) => reviewPart(item.kind, item.index, item.data, overrides)),
    orphaned: overrides.filter((r) => r.target !== 'session' && !known.has(`${r.target}/${r.index}`)),
  };
}
