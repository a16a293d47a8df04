import { describe, expect, it } from 'vitest';
import { addChild } from './children.ts';
import { ensureGuest, GUEST_CHILD_ID, reassignSession } from './guest.ts';
import { loadHistory, saveSession } from './sessions.ts';
import { SYNTHETIC_TRACK_META, syntheticFrames, syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { RecordsError } from './errors.ts';
import { openTestDb } from './test-db.ts';

describe('the Guest child', () => {
  it('is made once, with its fixed id, and found again after', async () => {
    const db = openTestDb();
    const first = await ensureGuest(db, 5);
    const again = await ensureGuest(db, 9);
    expect(first).toEqual(again);
    expect(first.id).toBe(GUEST_CHILD_ID);
    expect(await db.children.count()).toBe(1);
  });

  it('gives a Guest session to a child: it leaves Guest\'s History for the child\'s, with its items and track', async () => {
    const db = openTestDb();
    await ensureGuest(db);
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '' });
    const session = await saveSession(db, syntheticSessionInfo(GUEST_CHILD_ID, 0), syntheticJumpResult(3), { meta: SYNTHETIC_TRACK_META, frames: syntheticFrames(30) });
    await reassignSession(db, session.id, mia.id);
    expect(await loadHistory(db, GUEST_CHILD_ID)).toEqual([]);
    const moved = await loadHistory(db, mia.id);
    expect(moved.map((s) => [s.id, s.itemCount])).toEqual([[session.id, session.itemCount]]);
    expect((await db.items.get(session.id))?.items.length).toBe(3);
  });

  it('refuses to move a session to a child that does not exist, with a sentence, and moves nothing', async () => {
    const db = openTestDb();
    await ensureGuest(db);
    const session = await saveSession(db, syntheticSessionInfo(GUEST_CHILD_ID, 0), syntheticJumpResult(1), null);
    await expect(reassignSession(db, session.id, 'nobody')).rejects.toThrow(RecordsError);
    await expect(reassignSession(db, session.id, 'nobody')).rejects.toThrow(/no longer exists: pick another child/);
    expect((await db.sessions.get(session.id))?.childId).toBe(GUEST_CHILD_ID);
  });
});
