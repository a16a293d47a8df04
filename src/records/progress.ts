// A child's saved sessions for the progress charts and the review report, read in three bulk queries (sessions by
// child, their items, their overrides): each with the engine's result, the corrected one and both item scores.
import { correctSession, type CorrectedSession } from './corrected.ts';
import type { RecordsDb } from './db.ts';
import { reviewSession } from './overrides.ts';
import type { OverrideRow, SessionRow } from './types.ts';

export interface ProgressSession extends CorrectedSession {
  readonly session: SessionRow;
  /** Corrections of this session, oldest first (the report lists them). */
  readonly overrides: readonly OverrideRow[];
}

/** Every finished or kept session of a child, oldest first, with its results; sessions with nothing saved are kept. */
export async function loadProgress(db: RecordsDb, childId: string): Promise<ProgressSession[]> {
  return db.transaction('r', [db.sessions, db.items, db.overrides], async () => {
    const sessions = await db.sessions.where('[childId+startedAtMs]').between([childId, -Infinity], [childId, Infinity]).toArray();
    const ids = sessions.map((s) => s.id);
    const [itemRows, overrides] = await Promise.all([db.items.bulkGet(ids), db.overrides.where('sessionId').anyOf(ids).toArray()]);
    const bySession = new Map<string, OverrideRow[]>();
    for (const o of overrides.sort((a, b) => a.atMs - b.atMs)) bySession.set(o.sessionId, [...(bySession.get(o.sessionId) ?? []), o]);
    return sessions.map((session, i) => {
      const mine = bySession.get(session.id) ?? [];
      const items = (itemRows[i]?.items ?? []).map((item) => ({ ...item, sessionId: session.id }));
      return { session, overrides: mine, ...correctSession(reviewSession(session, items, mine)) };
    });
  });
}
