// A session's result as the therapist corrected it: every overridden field set to the therapist's value, and the item
// score recomputed by the task's own rule (CHARTED[task].rescore) when a criterion changed. The engine's stored result
// is never touched; both are returned so that every view can show "Item score 9 of 10, engine 10".
import { findTask, type TaskResultBase } from '../analysis/index.ts';
import type { ReviewedPart, SessionReview } from './overrides.ts';
import type { ItemRow, JsonObject, JsonValue, SessionRow } from './types.ts';

const isRecord = (v: JsonValue | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A copy of `data` with the value at a dot path replaced (same path rules as valueAtPath: array steps by id or index). */
export function withValueAtPath(data: JsonValue, path: readonly string[], value: JsonValue): JsonValue {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(data)) {
    const list: readonly JsonValue[] = data;
    let at = list.findIndex((v) => isRecord(v) && v.id === key);
    if (at < 0 && /^\d+$/.test(key) && Number(key) < list.length) at = Number(key);
    if (at < 0) return list;
    return list.map((v, i): JsonValue => (i === at ? withValueAtPath(v, rest, value) : v));
  }
  if (!isRecord(data)) return data;
  if (rest.length > 0 && !(key in data)) return data;
  return { ...data, [key]: withValueAtPath(data[key] ?? null, rest, value) };
}

function correctedPart(part: ReviewedPart): JsonObject {
  let data: JsonValue = part.engine;
  for (const f of part.overridden) data = withValueAtPath(data, f.field.split('.'), f.value);
  return data as JsonObject;
}

/** A stored session back as an engine result: its summary with the item arrays put back in the engine's order. */
export function resultOfStored(session: SessionRow, items: readonly { kind: ItemRow['kind']; index: number; data: JsonObject }[]): TaskResultBase | null {
  const lists = findTask(session.task)?.items;
  if (session.summary.task !== session.task || !lists) return null;
  const arrays: Record<string, JsonObject[]> = {};
  for (const item of [...items].sort((a, b) => a.index - b.index)) {
    const key = lists[item.kind];
    if (key !== undefined) (arrays[key] ??= []).push(item.data);
  }
  // The stored summary is the engine's own result less its item lists (checked row by row on import, backup-schema.ts):
  // putting the lists back gives that result again, which no type can see through JSON.
  return { ...session.summary, ...arrays } as unknown as TaskResultBase;
}

export interface ItemScoreShown {
  readonly score: number;
  readonly max: number;
}

export interface CorrectedSession {
  readonly engine: TaskResultBase | null;
  /** null when nothing was corrected (or nothing was saved). */
  readonly corrected: TaskResultBase | null;
  /** The engine's item score and, when a correction changed it, the therapist's. */
  readonly itemScore: { readonly engine: ItemScoreShown; readonly corrected: ItemScoreShown | undefined } | undefined;
}

const scoreOf = (v: unknown): ItemScoreShown | undefined => {
  const s = v as { score?: unknown; max?: unknown } | null | undefined;
  return typeof s?.score === 'number' && typeof s.max === 'number' ? { score: s.score, max: s.max } : undefined;
};

/** The engine's result and the corrected one, with their item scores side by side. */
export function correctSession(review: SessionReview): CorrectedSession {
  const engine = resultOfStored(review.session, review.items.map((p) => ({ kind: p.target as ItemRow['kind'], index: p.index, data: p.engine })));
  const parts = [review.summary, ...review.items];
  const engineScore = scoreOf((engine as { itemScore?: unknown } | null)?.itemScore);
  if (!engine || parts.every((p) => p.overridden.length === 0)) {
    return { engine, corrected: null, itemScore: engineScore && { engine: engineScore, corrected: undefined } };
  }
  const summary = correctedPart(review.summary);
  const items = review.items.map((p) => ({ kind: p.target as ItemRow['kind'], index: p.index, data: correctedPart(p) }));
  const base = resultOfStored({ ...review.session, summary }, items)!;
  const rescore = findTask(review.session.task)?.charted.rescore;
  const criteriaChanged = parts.some((p) => p.overridden.some((f) => f.field.includes('criteria.')));
  const rescored = criteriaChanged && rescore ? rescore(base) : undefined;
  const corrected = rescored ? { ...base, itemScore: rescored } as TaskResultBase : base;
  const correctedScore = scoreOf((corrected as { itemScore?: unknown }).itemScore);
  const changed = correctedScore && engineScore && (correctedScore.score !== engineScore.score || correctedScore.max !== engineScore.max);
  return { engine, corrected, itemScore: engineScore && { engine: engineScore, corrected: changed ? correctedScore : undefined } };
}

/** "Item score 9 of 10, engine 10" when corrected; "Item score 10 of 10" otherwise. */
export function itemScoreText(s: NonNullable<CorrectedSession['itemScore']>): string {
  if (!s.corrected) return `Item score ${s.engine.score} of ${s.engine.max}`;
  const engine = s.corrected.max === s.engine.max ? `${s.engine.score}` : `${s.engine.score} of ${s.engine.max}`;
  return `Item score ${s.corrected.score} of ${s.corrected.max}, engine ${engine}`;
}
