import { beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { addChild } from './children.ts';
import { liveHistory } from './live.ts';
import { saveSession } from './sessions.ts';
import { syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { openTestDb } from './test-db.ts';

// liveQuery does nothing unless Dexie's global dependencies name an IndexedDB (browsers always have one; Node has none).
beforeAll(() => { Dexie.dependencies.indexedDB ??= indexedDB; Dexie.dependencies.IDBKeyRange ??= IDBKeyRange; });

describe('live queries', () => {
  it('emits a child\'s history again when a session is saved', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
    const counts: number[] = [];
    const secondEmission = new Promise<void>((resolve) => {
      const subscription = liveHistory(db, mia.id).subscribe((sessions) => {
        counts.push(sessions.length);
        if (counts.length === 1) void saveSession(db, syntheticSessionInfo(mia.id, 1000), syntheticJumpResult(1), null);
        if (counts.length === 2) { subscription.unsubscribe(); resolve(); }
      });
    });
    await secondEmission;
    expect(counts).toEqual([0, 1]);
  });
});
