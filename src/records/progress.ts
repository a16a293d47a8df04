// A child's saved sessions for the progress charts and the review report, read in three bulk queries (sessions by
// child, their items, their overrides): each with the engine's result, the corrected one and both item scores.
import { correctSession, type CorrectedSession } from './corrected.ts';
import type { RecordsDb } from './db.ts';
import { reviewSession } from './overrides.ts';
import { isTaskId, type TaskId } from '../analysis/index.ts';
import type { OverrideRow, SessionRow } from './types.ts';

export interface ProgressSession extends CorrectedSession {
  readonly session: SessionRow;
  /** Corrections of this session, oldest first (the report lists them). */
  readonly overrides: readonly OverrideRow[];
}

/**
 * Every session of a child, oldest first, with its results; sessions with nothing saved are kept. Items (reps,
 * holds, cycles) are read only for the tasks whose charts need them and for sessions with corrections (their item
 * score is recomputed): two years of sessions read four times faster from their summaries alone.
 */
export async function loadProgress(db: RecordsDb, childId: string, readsItems: (task: TaskId) => boolean = () => true): Promise<ProgressSession[]> {
  return db.transaction('r', [db.sessions, db.items, db.overrides], async () => {
    const sessions = await db.sessions.where('[childId+startedAtMs]').between([childId, -Infinity], [childId, Infinity]).toArray();
    const overrides = await db.overrides.where('sessionId').anyOf(sessions.map((s) => s.id)).toArray();
    const bySession = new Map<string, OverrideRow[]>();
    for (const o of overrides.sort((a, b) => a.atMs - b.atMs)) bySession.set(o.sessionId, [...(bySession.get(o.sessionId) ?? []), o]);
    const withItems = sessions.filter((s) => bySession.has(s.id) || (isTaskId(s.task) && readsItems(s.task))).map((s) => s.id);
    const itemRows = new Map((await db.items.bulkGet(withItems)).flatMap((row) => (row ? [[row.sessionId, row.items] as const] : [])));
    return sessions.map((session) => {
      const mine = bySession.get(session.id) ?? [];
      const items = (itemRows.get(session.id) ?? []).map((item) => ({ ...item, sessionId: session.id }));
      return { session, overrides: mine, ...correctSession(reviewSession(session, items, mine)) };
    });
  });
}
