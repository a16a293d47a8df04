// Children: profiles with a dated height list. Input is validated once, with messages that name the field.
import { RecordsError, describeWriteFailure } from './errors.ts';
import { newId, type RecordsDb } from './db.ts';
import { chunksOf } from './sessions.ts';
import type { ChildRow, DominantSide, HeightMeasurement } from './types.ts';

export interface NewChild {
  readonly nickname: string;
  readonly birthDate: string;
  readonly dominantSide?: DominantSide;
  readonly heights?: readonly HeightMeasurement[];
  readonly notes?: string;
}

/**
 * Plausible height range in cm for the children this app serves (roughly 1 to 12 years): 60 cm is below the WHO
 * 3rd percentile at 1 year, 180 cm above the 97th at 12. A value outside is a typo (mm or m), not a child.
 */
export const HEIGHT_RANGE_CM = { min: 60, max: 180 } as const;
/** Longest nickname shown in lists and reports without wrapping, in characters. */
export const NICKNAME_MAX_CHARS = 40;

const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/** The problems with a child's details, each a sentence naming the field; empty when the details are valid. */
export function childProblems(child: NewChild): string[] {
  const problems: string[] = [];
  const nickname = child.nickname.trim();
  if (nickname.length === 0) problems.push('Nickname is empty: give the child a nickname.');
  if (nickname.length > NICKNAME_MAX_CHARS) problems.push(`Nickname is longer than ${NICKNAME_MAX_CHARS} characters: shorten it.`);
  // '' means "not given": the profile form makes the birth date optional (age norms then say so).
  if (child.birthDate !== '' && !isIsoDate(child.birthDate)) problems.push(`Birth date "${child.birthDate}" is not a date like 2019-04-23.`);
  for (const h of child.heights ?? []) {
    if (!(h.heightCm >= HEIGHT_RANGE_CM.min && h.heightCm <= HEIGHT_RANGE_CM.max)) {
      problems.push(`Height ${h.heightCm} cm is outside ${HEIGHT_RANGE_CM.min}..${HEIGHT_RANGE_CM.max} cm: enter it in centimetres.`);
    }
    if (!isIsoDate(h.measuredOn)) problems.push(`Height measured on "${h.measuredOn}" is not a date like 2024-09-01.`);
  }
  return problems;
}

function refuseInvalid(child: NewChild): void {
  const problems = childProblems(child);
  if (problems.length > 0) throw new RecordsError('invalid-input', `${problems.join(' ')} Nothing was saved.`);
}

export async function addChild(db: RecordsDb, child: NewChild, nowMs = Date.now()): Promise<ChildRow> {
  refuseInvalid(child);
  const row: ChildRow = {
    id: newId(), nickname: child.nickname.trim(), birthDate: child.birthDate, dominantSide: child.dominantSide ?? 'unknown',
    heights: sortHeights(child.heights ?? []), notes: child.notes ?? '', createdAtMs: nowMs,
  };
  await describeWriteFailure(`the profile of ${row.nickname}`, () => db.children.add(row));
  return row;
}

export async function updateChild(db: RecordsDb, id: string, changes: Partial<NewChild>): Promise<ChildRow> {
  const current = await db.children.get(id);
  if (!current) throw new RecordsError('not-found', 'This child\'s profile no longer exists (it may have been deleted): reload the list.');
  const merged = { ...current, ...changes };
  refuseInvalid(merged);
  const row: ChildRow = { ...merged, nickname: merged.nickname.trim(), heights: sortHeights(merged.heights) };
  await describeWriteFailure(`the profile of ${row.nickname}`, () => db.children.put(row));
  return row;
}

const sortHeights = (heights: readonly HeightMeasurement[]) => [...heights].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));

/** The height measured last on or before a date (ISO), else the earliest one; undefined when none was recorded. */
export function heightOn(child: ChildRow, dateIso: string): number | undefined {
  const before = child.heights.filter((h) => h.measuredOn <= dateIso);
  return (before[before.length - 1] ?? child.heights[0])?.heightCm;
}

/** Deletes a child with every session, item, track and override: one transaction, so all or nothing. */
export async function deleteChild(db: RecordsDb, id: string): Promise<void> {
  await describeWriteFailure('the deletion', () => db.transaction('rw', [db.children, db.sessions, db.items, db.trackChunks, db.overrides, db.reports], async () => {
    const sessionIds = await db.sessions.where('childId').equals(id).primaryKeys();
    await db.items.bulkDelete(sessionIds);
    for (const sessionId of sessionIds) await chunksOf(db, sessionId).delete();
    await db.overrides.where('sessionId').anyOf(sessionIds).delete();
    await db.sessions.bulkDelete(sessionIds);
    await db.reports.where('childId').equals(id).delete();
    await db.children.delete(id);
  }));
}
