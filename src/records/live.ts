// Reactive queries for the UI, all in one place: each returns a Dexie liveQuery observable that emits again whenever
// the tables it read change (in this tab or another). The UI subscribes and unsubscribes; nothing here renders.
import { liveQuery, type Observable } from 'dexie';
import { unfinishedSessions } from './autosave.ts';
import type { RecordsDb } from './db.ts';
import { overridesOf, reviewSession, type SessionReview } from './overrides.ts';
import { sessionsToRegrade } from './regrade.ts';
import { loadHistory, loadItems } from './sessions.ts';
import type { ChildRow, SessionRow } from './types.ts';

export const liveChildren = (db: RecordsDb): Observable<ChildRow[]> =>
  liveQuery(() => db.children.orderBy('nickname').toArray());

export const liveHistory = (db: RecordsDb, childId: string): Observable<SessionRow[]> =>
  liveQuery(() => loadHistory(db, childId));

/** A session with its items and overrides; undefined once the session is deleted. */
export const liveSessionReview = (db: RecordsDb, sessionId: string): Observable<SessionReview | undefined> =>
  liveQuery(async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return undefined;
    return reviewSession(session, await loadItems(db, sessionId), await overridesOf(db, sessionId));
  });

export const liveUnfinishedSessions = (db: RecordsDb): Observable<SessionRow[]> => liveQuery(() => unfinishedSessions(db));

export const liveSessionsToRegrade = (db: RecordsDb, engineVersion: string): Observable<SessionRow[]> =>
  liveQuery(() => sessionsToRegrade(db, engineVersion));
