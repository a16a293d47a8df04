import { beforeAll, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { addChild, deleteChild, deleteSession, saveSession } from '../records/index.ts';
import { syntheticJumpResult, syntheticSessionInfo } from '../records/synthetic.ts';
import { openTestDb } from '../records/test-db.ts';
import { createRecordsStore, type Prefs } from './records-store.ts';
import { createReviewActions } from './review-store.ts';

// liveQuery does nothing unless Dexie's global dependencies name an IndexedDB (browsers always have one; Node has none).
beforeAll(() => { Dexie.dependencies.indexedDB ??= indexedDB; Dexie.dependencies.IDBKeyRange ??= IDBKeyRange; });

const memoryPrefs = (initial: Record<string, string> = {}): Prefs & { values: Record<string, string> } => {
  const values = { ...initial };
  return { values, getItem: (k) => values[k] ?? null, setItem: (k, v) => { values[k] = v; } };
};

describe('records store', () => {
  it('picks the first child when the remembered one is gone, and remembers the pick', async () => {
    const db = openTestDb();
    const ada = await addChild(db, { nickname: 'Ada', birthDate: '2020-01-02' });
    await addChild(db, { nickname: 'Zoe', birthDate: '2021-03-04' });
    const prefs = memoryPrefs({ 'springboard.childId': 'deleted-child' });
    const store = createRecordsStore(db, vi.fn(), prefs);
    await vi.waitFor(() => expect(store.view.children.value.map((c) => c.nickname)).toEqual(['Ada', 'Zoe']));
    expect(store.view.childId.value).toBe(ada.id);
    expect(prefs.values['springboard.childId']).toBe(ada.id);
    store.dispose();
  });

  it('follows the picked child\'s history live, and switches with the pick', async () => {
    const db = openTestDb();
    const ada = await addChild(db, { nickname: 'Ada', birthDate: '2020-01-02' });
    const zoe = await addChild(db, { nickname: 'Zoe', birthDate: '2021-03-04' });
    const store = createRecordsStore(db, vi.fn(), memoryPrefs({ 'springboard.childId': ada.id }));
    await saveSession(db, syntheticSessionInfo(ada.id, 1000), syntheticJumpResult(3), null);
    await vi.waitFor(() => expect(store.view.history.value).toHaveLength(1));
    store.actions.pickChild(zoe.id);
    expect(store.view.history.value).toEqual([]);
    await saveSession(db, syntheticSessionInfo(zoe.id, 2000), syntheticJumpResult(1), null);
    await vi.waitFor(() => expect(store.view.history.value.map((s) => s.childId)).toEqual([zoe.id]));
    expect(store.pickedChild()).toEqual({ id: zoe.id, heightCm: undefined });
    await deleteChild(db, zoe.id);
    await vi.waitFor(() => expect(store.view.childId.value).toBe(ada.id));
    store.dispose();
  });

  it('adds a child, picks it and says so; a refused profile is shown as its own sentence', async () => {
    const db = openTestDb();
    const report = vi.fn();
    const store = createRecordsStore(db, report, memoryPrefs());
    const id = await store.actions.addChild({ nickname: 'Mia', birthDate: '2019-04-23', heightCm: '112' });
    expect(store.view.childId.value).toBe(id);
    expect(store.view.message.value?.kind).toBe('info');
    expect(store.view.message.value?.text).toMatch(/^The profile of Mia is saved/);
    await vi.waitFor(() => expect(store.pickedChild()?.heightCm).toBe(112));
    expect(await store.actions.addChild({ nickname: '', birthDate: '2019-04-23', heightCm: '' })).toBeNull();
    expect(store.view.message.value?.kind).toBe('error');
    expect(report).not.toHaveBeenCalled();
    store.dispose();
  });

  it('records a changed height as measured today and keeps the older ones; an unchanged height adds none', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '', heights: [{ heightCm: 108, measuredOn: '2020-01-01' }] });
    const store = createRecordsStore(db, vi.fn(), memoryPrefs());
    await store.actions.editChild(mia.id, { nickname: 'Mia B', birthDate: '', heightCm: '108' });
    expect((await db.children.get(mia.id))?.heights).toHaveLength(1);
    await vi.waitFor(() => expect(store.view.children.value[0]?.nickname).toBe('Mia B'));
    await store.actions.editChild(mia.id, { nickname: 'Mia B', birthDate: '', heightCm: '112' });
    expect((await db.children.get(mia.id))?.heights.map((h) => h.heightCm)).toEqual([108, 112]);
    store.dispose();
  });

  it('keeps a set under Guest and moves it to a child, saying where it went', async () => {
    const db = openTestDb();
    const store = createRecordsStore(db, vi.fn(), memoryPrefs());
    const guest = await store.actions.useGuest();
    expect(store.view.childId.value).toBe(guest);
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '' });
    const saved = await saveSession(db, syntheticSessionInfo(guest!, 1000), syntheticJumpResult(2), null);
    await vi.waitFor(() => expect(store.view.children.value.map((c) => c.nickname).sort()).toEqual(['Guest', 'Mia']));
    expect(await store.actions.moveSession(saved.id, mia.id)).toBe(true);
    expect((await db.sessions.get(saved.id))?.childId).toBe(mia.id);
    expect(store.view.message.value?.text).toBe('The session is moved to Mia\'s History.');
    store.dispose();
  });
});

describe('review store', () => {
  it('follows a saved session live until it is deleted', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
    const saved = await saveSession(db, syntheticSessionInfo(mia.id, 1000), syntheticJumpResult(2), null);
    const watched = createReviewActions(db).watch(saved.id);
    expect(watched.state.value).toEqual({ review: undefined, loaded: false, failure: null });
    await vi.waitFor(() => expect(watched.state.value.review?.session.id).toBe(saved.id));
    await deleteSession(db, saved.id);
    await vi.waitFor(() => expect(watched.state.value).toEqual({ review: undefined, loaded: true, failure: null }));
    watched.dispose();
  });
});
