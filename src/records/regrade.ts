// Re-analysis: sessions graded by an older engine are graded again from their stored keypoint track. The grading
// function comes from the caller so that records stays free of analysis internals; defaultGrader uses the registry.
// Overrides live in their own table and refer to items by (kind, index): a re-grade keeps them all (reviewSession
// shows them, with those whose item disappeared listed as orphaned).
import { analyzeFrames, findTask, type TaskResultBase, type Track } from '../analysis/index.ts';
import { RecordsError, describeWriteFailure } from './errors.ts';
import type { RecordsDb } from './db.ts';
import { loadTrack, splitResult } from './sessions.ts';
import type { SessionRow } from './types.ts';

export type Grader = (track: Track, session: SessionRow) => TaskResultBase;

/** Grades a track with the engine's registry, with the session's protocol and settings. */
export const defaultGrader: Grader = (track, session) => {
  const task = findTask(session.task);
  if (!task) {
    throw new RecordsError('not-found', `This version of the app cannot grade the task "${session.task}": its old grades were kept.`);
  }
  return analyzeFrames(task, { width: track.width, height: track.height, fps: track.fps }, track.frames,
    { protocol: session.protocol, config: session.settings });
};

/**
 * Runs the grader; an engine that refuses the stored settings or protocol (a RangeError, e.g. a setting an older
 * version allowed) becomes a sentence for that session, so that the other sessions are still graded.
 */
function gradeOrExplain(grade: Grader, track: Track, session: SessionRow): TaskResultBase {
  try {
    return grade(track, session);
  } catch (err) {
    if (err instanceof RecordsError) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new RecordsError('cannot-grade', `This session could not be graded again (${detail}): its old grades were kept.`, { cause: err });
  }
}

/** Finished sessions with a track whose grades come from another engine version. */
export async function sessionsToRegrade(db: RecordsDb, engineVersion: string): Promise<SessionRow[]> {
  const rows = await db.sessions.where('engineVersion').notEqual(engineVersion).toArray();
  return rows.filter((s) => s.status === 'complete' && s.track !== null);
}

/** Grades one session again and replaces its engine results (summary and items) in one transaction. */
export async function regradeSession(db: RecordsDb, sessionId: string, grade: Grader, engineVersion: string): Promise<SessionRow> {
  const session = await db.sessions.get(sessionId);
  const track = await loadTrack(db, sessionId);
  if (!session || !track) {
    throw new RecordsError('not-found', 'This session has no stored keypoint track, so it cannot be graded again: its grades were kept.');
  }
  const { summary, items } = splitResult(gradeOrExplain(grade, track, session));
  const next: SessionRow = { ...session, summary, itemCount: items.length, engineVersion };
  await describeWriteFailure('the new grades', () => db.transaction('rw', [db.sessions, db.items], async () => {
    // Grading ran outside the transaction (it may take seconds): write only if the session was not deleted meanwhile.
    if (!(await db.sessions.get(sessionId))) throw new RecordsError('not-found', 'This session was deleted while it was being graded again.');
    await db.items.put({ sessionId, items });
    await db.sessions.put(next);
  }));
  return next;
}

export interface RegradeReport {
  readonly regraded: number;
  /** Sessions that could not be graded again, each with the reason (their old grades stay). */
  readonly failed: readonly { readonly sessionId: string; readonly reason: string }[];
}

/** Re-grades every out-of-date session, one at a time; stops between sessions when the signal aborts. */
export async function regradeAll(db: RecordsDb, grade: Grader, engineVersion: string, signal?: AbortSignal): Promise<RegradeReport> {
  const failed: { sessionId: string; reason: string }[] = [];
  let regraded = 0;
  for (const session of await sessionsToRegrade(db, engineVersion)) {
    signal?.throwIfAborted();
    try {
      await regradeSession(db, session.id, grade, engineVersion);
      regraded++;
    } catch (err) {
      if (!(err instanceof RecordsError) || err.code === 'storage-full') throw err;
      failed.push({ sessionId: session.id, reason: err.message });
    }
  }
  return { regraded, failed };
}
