// The Guest child: a set started before anyone picks a child is kept under "Guest" (a real profile row with a fixed
// id), never lost, and each of its sessions can be moved to a child's History later.
import type { RecordsDb } from './db.ts';
import { describeWriteFailure, RecordsError } from './errors.ts';
import type { ChildRow } from './types.ts';

/** The Guest profile's id: fixed, so that every device and every backup names the same one. */
export const GUEST_CHILD_ID = 'guest';
export const GUEST_NICKNAME = 'Guest';

export const isGuest = (childId: string | null | undefined): boolean => childId === GUEST_CHILD_ID;

/** The Guest profile, made the first time it is needed. */
export async function ensureGuest(db: RecordsDb, nowMs = Date.now()): Promise<ChildRow> {
  const existing = await db.children.get(GUEST_CHILD_ID);
  if (existing) return existing;
  const row: ChildRow = {
    id: GUEST_CHILD_ID, nickname: GUEST_NICKNAME, birthDate: '', dominantSide: 'unknown', heights: [], notes: '', createdAtMs: nowMs,
  };
  await describeWriteFailure('the Guest profile', () => db.children.put(row));
  return row;
}

/** Moves a saved session (with its items, track and corrections, which follow its id) to another child's History. */
export async function reassignSession(db: RecordsDb, sessionId: string, childId: string): Promise<void> {
  await describeWriteFailure('the move', () => db.transaction('rw', [db.children, db.sessions], async () => {
    const [session, child] = await Promise.all([db.sessions.get(sessionId), db.children.get(childId)]);
    if (!session) throw new RecordsError('not-found', 'This session no longer exists (it may have been deleted): nothing was moved.');
    if (!child) throw new RecordsError('not-found', 'That child\'s profile no longer exists: pick another child. Nothing was moved.');
    await db.sessions.update(sessionId, { childId });
  }));
}
