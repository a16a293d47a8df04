// One migration test per version: open the database as the previous version, seed it, reopen at the next, check.
import { describe, expect, it } from 'vitest';
import { openTestDb, newFactory } from './test-db.ts';
import { upgradeRow } from './schema.ts';
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
    const db = openTestDb(factory, 2);
    const mia = await db.children.get('c1');
    expect(db.verno).toBe(2);
    expect(mia).toEqual({ id: 'c1', nickname: 'Mia', birthDate: '2019-04-23', dominantSide: 'right', heights: [{ heightCm: 112, measuredOn: '2024-09-01' }], notes: 'shy', createdAtMs: 1 });
  });

  it('gives a v1 child without a height an empty height list', async () => {
    const { factory } = await seedVersion1();
    const leo = await openTestDb(factory, 2).children.get('c2');
    expect(leo?.heights).toEqual([]);
  });

  it('keeps v1 sessions, items and track chunks unchanged', async () => {
    const { factory, before } = await seedVersion1();
    const db = openTestDb(factory, 2);
    expect({ sessions: await db.sessions.toArray(), items: await db.items.toArray(), trackChunks: await db.trackChunks.toArray() }).toEqual(before);
  });

  it('adds an empty overrides table', async () => {
    const { factory } = await seedVersion1();
    expect(await openTestDb(factory, 2).overrides.count()).toBe(0);
  });
});

describe('schema version 3 (sessionsGetNote, reports table)', () => {
  async function seedVersion2() {
    const { factory } = await seedVersion1();
    const v2 = openTestDb(factory, 2);
    await v2.open();
    await v2.table('overrides').add({ id: 'o1', sessionId: 's1', target: 'rep', index: 0, field: 'criteria.a.score', engineValue: 1,
      oldValue: 1, newValue: 0, atMs: 5, reason: 'seen on video', engineVersion: '0.1.0' });
    const before = { sessions: await v2.table<Record<string, unknown>>('sessions').toArray(), overrides: await v2.table('overrides').toArray(), children: await v2.table('children').toArray() };
    v2.close();
    return { factory, before };
  }

  it('gives every v2 session an empty note and keeps all its other fields', async () => {
    const { factory, before } = await seedVersion2();
    const db = openTestDb(factory);
    expect(db.verno).toBe(3);
    expect(await db.sessions.toArray()).toEqual(before.sessions.map((s) => ({ ...s, note: '' })));
  });

  it('keeps children and overrides unchanged and adds an empty reports table', async () => {
    const { factory, before } = await seedVersion2();
    const db = openTestDb(factory);
    expect({ overrides: await db.overrides.toArray(), children: await db.children.toArray() }).toEqual({ overrides: before.overrides, children: before.children });
    expect(await db.reports.count()).toBe(0);
  });

  it('upgrades a session row of an older backup the same way, and keeps a note already there', () => {
    expect(upgradeRow('sessions', { id: 's' }, 2)).toEqual({ id: 's', note: '' });
    expect(upgradeRow('sessions', { id: 's', note: 'tired today' }, 2)).toEqual({ id: 's', note: 'tired today' });
    expect(upgradeRow('sessions', { id: 's' }, 3)).toEqual({ id: 's' });
  });
});
