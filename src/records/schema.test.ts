// One migration test per version: open the database as the previous version, seed it, reopen at the next, check.
import { describe, expect, it } from 'vitest';
import { openTestDb, newFactory } from './test-db.ts';
import { encodeTrackChunk } from './track-codec.ts';
import { SYNTHETIC_TRACK_META, syntheticFrames, syntheticSessionInfo } from './synthetic.ts';

async function seedVersion1() {
  const factory = newFactory();
  const v1 = openTestDb(factory, 1);
  await v1.open();
  expect(v1.verno).toBe(1);
  const session = { ...syntheticSessionInfo('c1', 1_700_000_000_000), id: 's1', status: 'complete', summary: { count: 2 }, itemCount: 2, durationMs: 2000, track: SYNTHETIC_TRACK_META };
  await v1.table('children').bulkAdd([
    { id: 'c1', nickname: 'Mia', birthDate: '2019-04-23', dominantSide: 'right', heightCm: 112, heightMeasuredOn: '2024-09-01', notes: 'shy', createdAtMs: 1 },
    { id: 'c2', nickname: 'Leo', birthDate: '2020-01-02', dominantSide: 'unknown', heightCm: null, heightMeasuredOn: null, notes: '', createdAtMs: 2 },
  ]);
  await v1.table('sessions').add(session);
  await v1.table('items').add({ sessionId: 's1', items: [0, 1].map((index) => ({ kind: 'rep', index, data: { heightCm: 9 + index } })) });
  await v1.table('trackChunks').add({ ...encodeTrackChunk(syntheticFrames(60), SYNTHETIC_TRACK_META), sessionId: 's1', seq: 0 });
  const before = { sessions: await v1.table('sessions').toArray(), items: await v1.table('items').toArray(), trackChunks: await v1.table('trackChunks').toArray() };
  v1.close();
  return { factory, before };
}

describe('schema version 2 (heightsFromSingleHeight, overrides table)', () => {
  it('turns a v1 child\'s single height into a dated height list and keeps every other field', async () => {
    const { factory } = await seedVersion1();
    const db = openTestDb(factory);
    const mia = await db.children.get('c1');
    expect(db.verno).toBe(2);
    expect(mia).toEqual({ id: 'c1', nickname: 'Mia', birthDate: '2019-04-23', dominantSide: 'right', heights: [{ heightCm: 112, measuredOn: '2024-09-01' }], notes: 'shy', createdAtMs: 1 });
  });

  it('gives a v1 child without a height an empty height list', async () => {
    const { factory } = await seedVersion1();
    const leo = await openTestDb(factory).children.get('c2');
    expect(leo?.heights).toEqual([]);
  });

  it('keeps v1 sessions, items and track chunks unchanged', async () => {
    const { factory, before } = await seedVersion1();
    const db = openTestDb(factory);
    expect({ sessions: await db.sessions.toArray(), items: await db.items.toArray(), trackChunks: await db.trackChunks.toArray() }).toEqual(before);
  });

  it('adds an empty overrides table', async () => {
    const { factory } = await seedVersion1();
    expect(await openTestDb(factory).overrides.count()).toBe(0);
  });
});
