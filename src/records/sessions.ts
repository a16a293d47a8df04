// Sessions: saving a finished session (result + keypoint track) in one transaction, a child's history, one session
// with its items, and its track. The engine's result is split into a summary and its reps / holds / cycles.
import { itemListsOf, type PoseFrame, type TaskResultBase, type Track } from '../analysis/index.ts';
import { describeWriteFailure } from './errors.ts';
import { newId, type RecordsDb } from './db.ts';
import { encodeTrackChunk, trackFromChunks } from './track-codec.ts';
import type { ItemKind, ItemRow, JsonObject, LiveSetRecord, SessionRow, SessionSource, StoredItem, TrackChunkRow, TrackMeta } from './types.ts';

/**
 * Frames per stored track chunk when a whole session is saved at once: 9000 frames (5 min at 30 fps, ~0.8 MB) keeps
 * each IndexedDB value well below the sizes where browsers slow down (Chromium moves values over 64 KB to blob files
 * either way), while a 10-minute session needs only two writes.
 */
export const TRACK_CHUNK_FRAMES = 9000;

export interface SessionInfo {
  readonly childId: string;
  readonly task: string;
  readonly protocol: string;
  readonly settings: JsonObject;
  readonly startedAtMs: number;
  readonly source: SessionSource;
  readonly fileName: string | null;
  readonly model: string;
  readonly backend: string;
  readonly engineVersion: string;
  /** The live set's protocol trial and setup override (live sets only). */
  readonly live?: LiveSetRecord;
}

export interface SessionTrack {
  readonly meta: TrackMeta;
  readonly frames: readonly PoseFrame[];
}

export interface SplitResult {
  readonly summary: JsonObject;
  readonly items: readonly StoredItem[];
}

/**
 * Splits an engine result into its summary (everything but its item lists) and its items; the task's definition in
 * the engine's task table says which lists hold which kind of item.
 */
export function splitResult(result: TaskResultBase): SplitResult {
  return splitLists(result, itemListsOf(result));
}

/** The split itself, given a result's item lists (splitResult reads them off the task table). */
export function splitLists(result: object, lists: readonly { kind: ItemKind; key: string; items: readonly object[] }[]): SplitResult {
  const listKeys = new Set(lists.map((l) => l.key));
  const summary = asJson(Object.fromEntries(Object.entries(result).filter(([key]) => !listKeys.has(key))));
  const items: StoredItem[] = lists.flatMap(({ kind, items: list }) => list.map((data, index) => ({ kind, index, data: asJson(data) })));
  return { summary, items };
}

/** A shallow copy as stored JSON: engine results are plain JSON data (TaskResultBase's contract). */
const asJson = (data: object): JsonObject => Object.fromEntries(Object.entries(data));

export const durationOf = (frames: readonly PoseFrame[]): number =>
  frames.length === 0 ? 0 : frames[frames.length - 1]!.tMs - frames[0]!.tMs;

/** Saves a finished session (e.g. from a video file) with its items and track: all of it or, on failure, nothing. */
export const saveSession = (db: RecordsDb, info: SessionInfo, result: TaskResultBase, track: SessionTrack | null): Promise<SessionRow> =>
  saveSplitSession(db, info, splitResult(result), track);

/** saveSession for a result already split (e.g. by a task table other than the engine's own). */
export async function saveSplitSession(db: RecordsDb, info: SessionInfo, { summary, items }: SplitResult, track: SessionTrack | null): Promise<SessionRow> {
  const session: SessionRow = {
    ...info, id: newId(), status: 'complete', summary, itemCount: items.length, track: track?.meta ?? null, note: '',
    durationMs: track ? durationOf(track.frames) : 0,
  };
  const chunks: TrackChunkRow[] = [];
  for (let start = 0; track && start < track.frames.length; start += TRACK_CHUNK_FRAMES) {
    const encoded = encodeTrackChunk(track.frames.slice(start, start + TRACK_CHUNK_FRAMES), track.meta);
    chunks.push({ ...encoded, sessionId: session.id, seq: chunks.length });
  }
  await describeWriteFailure('this session', () => db.transaction('rw', [db.sessions, db.items, db.trackChunks], async () => {
    await db.sessions.add(session);
    await db.items.add({ sessionId: session.id, items });
    await db.trackChunks.bulkAdd(chunks);
  }));
  return session;
}

/** One child's sessions, newest first, without items or tracks (what the history screen lists). */
export function loadHistory(db: RecordsDb, childId: string): Promise<SessionRow[]> {
  return db.sessions.where('[childId+startedAtMs]')
    .between([childId, -Infinity], [childId, Infinity]).reverse().toArray();
}

/** A session's items in the engine's order (reps, holds, then cycles). */
export async function loadItems(db: RecordsDb, sessionId: string): Promise<ItemRow[]> {
  const row = await db.items.get(sessionId);
  return (row?.items ?? []).map((item) => ({ ...item, sessionId }));
}

/** A session's track chunks, by their primary key range (in seq order). */
export const chunksOf = (db: RecordsDb, sessionId: string) =>
  db.trackChunks.where('[sessionId+seq]').between([sessionId, -Infinity], [sessionId, Infinity]);

/** A session's keypoint track rebuilt from its chunks; null when the session kept none. */
export async function loadTrack(db: RecordsDb, sessionId: string): Promise<Track | null> {
  const session = await db.sessions.get(sessionId);
  if (!session?.track) return null;
  const chunks = await chunksOf(db, sessionId).toArray();
  return trackFromChunks(session.track, chunks);
}

/** Deletes a session with its items, track and overrides, in one transaction. */
export async function deleteSession(db: RecordsDb, sessionId: string): Promise<void> {
  await describeWriteFailure('the deletion', () => db.transaction('rw', [db.sessions, db.items, db.trackChunks, db.overrides], async () => {
    await db.items.delete(sessionId);
    await chunksOf(db, sessionId).delete();
    await db.overrides.where('sessionId').equals(sessionId).delete();
    await db.sessions.delete(sessionId);
  }));
}
