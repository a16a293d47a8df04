import { describe, expect, it } from 'vitest';
import { addChild } from './children.ts';
import { deleteSession, loadHistory, loadItems, loadTrack, saveSession, splitResult } from './sessions.ts';
import { SYNTHETIC_TRACK_META as META, syntheticFrames, syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { openTestDb } from './test-db.ts';

const child = { nickname: 'Mia', birthDate: '2019-04-23' };

describe('sessions', () => {
  it('splits a result into a summary without the item arrays and one item per rep, hold or cycle', () => {
    const result = { task: 'crawl', flags: ['dim'], cycles: 2, cycleList: [{ a: 1 }, { a: 2 }] };
    const { summary, items } = splitResult(result);
    expect(summary).toEqual({ task: 'crawl', flags: ['dim'], cycles: 2 });
    expect(items).toEqual([{ kind: 'cycle', index: 0, data: { a: 1 } }, { kind: 'cycle', index: 1, data: { a: 2 } }]);
  });

  it('saves a session with every rep exactly as the engine produced it', async () => {
    const db = openTestDb();
    const { id } = await addChild(db, child);
    const result = syntheticJumpResult(12);
    const session = await saveSession(db, syntheticSessionInfo(id, 1000), result, null);
    expect((await loadItems(db, session.id)).map((i) => i.data)).toEqual(result.reps);
  });

  it('rebuilds the saved keypoint track frame for frame', async () => {
    const db = openTestDb();
    const { id } = await addChild(db, child);
    const frames = syntheticFrames(9500);
    const session = await saveSession(db, syntheticSessionInfo(id, 1000), syntheticJumpResult(1), { meta: META, frames });
    const track = await loadTrack(db, session.id);
    expect(track?.frames.map((f) => f.tMs)).toEqual(frames.map((f) => f.tMs));
  });

  it('lists one child\'s history newest first, without other children\'s sessions', async () => {
    const db = openTestDb();
    const mia = await addChild(db, child);
    const leo = await addChild(db, { nickname: 'Leo', birthDate: '2020-01-02' });
    for (const t of [3000, 1000, 2000]) await saveSession(db, syntheticSessionInfo(mia.id, t), syntheticJumpResult(1), null);
    await saveSession(db, syntheticSessionInfo(leo.id, 2500), syntheticJumpResult(1), null);
    expect((await loadHistory(db, mia.id)).map((s) => s.startedAtMs)).toEqual([3000, 2000, 1000]);
  });

  it('deletes a session with its items and track', async () => {
    const db = openTestDb();
    const { id } = await addChild(db, child);
    const session = await saveSession(db, syntheticSessionInfo(id, 1000), syntheticJumpResult(3), { meta: META, frames: syntheticFrames(30) });
    await deleteSession(db, session.id);
    expect([await db.sessions.count(), await db.items.count(), await db.trackChunks.count()]).toEqual([0, 0, 0]);
  });
});
