// Autosave of a live session: the session row is written when it starts, then every completed rep (or hold, or
// cycle) is written together with the keypoint frames since the previous save, in one transaction. A closed tab or a
// crash therefore loses at most the rep in progress; the session stays "recording" and unfinishedSessions lists it.
import type { PoseFrame, TaskResultBase } from '../analysis/index.ts';
import { describeWriteFailure } from './errors.ts';
import { newId, type RecordsDb } from './db.ts';
import { splitResult, type SessionInfo } from './sessions.ts';
import { encodeTrackChunk } from './track-codec.ts';
import type { SessionRow, TrackMeta } from './types.ts';

export interface SessionAutosave {
  readonly sessionId: string;
  /** Keeps a frame for the next save (no write: frames are written with the next rep). */
  addFrame(frame: PoseFrame): void;
  /**
   * Saves the result so far (call it when the engine reports a completed item) with the frames kept since the last
   * save. Rejects with a RecordsError sentence (e.g. storage full); the frames stay queued for the next save.
   */
  saveProgress(resultSoFar: TaskResultBase): Promise<void>;
  /** Saves the final result and the remaining frames and marks the session complete. */
  finish(result: TaskResultBase): Promise<SessionRow>;
}

export async function startSession(db: RecordsDb, info: SessionInfo, trackMeta: TrackMeta | null): Promise<SessionAutosave> {
  let session: SessionRow = {
    ...info, id: newId(), status: 'recording', summary: {}, itemCount: 0, durationMs: 0, track: trackMeta, note: '',
  };
  await describeWriteFailure('the new session', () => db.sessions.add(session));
  let pending: PoseFrame[] = [];
  let firstTMs: number | undefined;
  let lastTMs = 0;
  let nextSeq = 0;
  let queue: Promise<unknown> = Promise.resolve();

  // Writes run one after another so that chunks keep their order even when the caller does not await each save.
  const write = (resultSoFar: TaskResultBase, status: SessionRow['status']): Promise<void> => {
    const run = async () => {
      const count = pending.length;
      const frames = pending.slice(0, count);
      const { summary, items } = splitResult(resultSoFar);
      const next: SessionRow = { ...session, status, summary, itemCount: items.length, durationMs: firstTMs === undefined ? 0 : lastTMs - firstTMs };
      const chunk = trackMeta && frames.length > 0
        ? { ...encodeTrackChunk(frames, trackMeta), sessionId: session.id, seq: nextSeq } : null;
      const what = status === 'complete' ? 'the end of this session' : `item ${items.length} of this session`;
      await describeWriteFailure(what, () => db.transaction('rw', [db.sessions, db.items, db.trackChunks], async () => {
        await db.sessions.put(next);
        // All items are written again: the engine may revise earlier ones (e.g. set-level criteria) as the set goes
        // on. At 600 reps that row is ~200 KB, about 10 ms a write in Chromium: cheap next to a rep (~1 s).
        await db.items.put({ sessionId: session.id, items });
        if (chunk) await db.trackChunks.add(chunk);
      }));
      session = next;
      if (chunk) nextSeq++;
      pending = pending.slice(count);
    };
    const done = queue.then(run);
    queue = done.catch(() => undefined); // the caller gets the failure from `done`; the queue goes on
    return done;
  };

  return {
    sessionId: session.id,
    addFrame(frame) {
      firstTMs ??= frame.tMs;
      lastTMs = frame.tMs;
      pending.push(frame);
    },
    saveProgress: (resultSoFar) => write(resultSoFar, 'recording'),
    finish: async (result) => {
      await write(result, 'complete');
      return session;
    },
  };
}

/** Sessions left "recording" by a closed tab or a crash: the UI offers to keep (finish) or delete them. */
export function unfinishedSessions(db: RecordsDb): Promise<SessionRow[]> {
  return db.sessions.where('status').equals('recording').toArray();
}

/** Marks an interrupted session complete with what was saved (its items up to the last completed rep). */
export async function keepUnfinishedSession(db: RecordsDb, sessionId: string): Promise<void> {
  await describeWriteFailure('the interrupted session', () => db.sessions.update(sessionId, { status: 'complete' }).then(() => undefined));
}
