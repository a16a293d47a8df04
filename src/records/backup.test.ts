import './node-shims.ts';
import { describe, expect, it } from 'vitest';
import { exportDB } from 'dexie-export-import';
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { importBackup, inspectBackup, exportBackup } from './backup.ts';
import { addChild } from './children.ts';
import { overrideGrade } from './overrides.ts';
import { saveReportNote, setSessionNote } from './notes.ts';
import { saveSession } from './sessions.ts';
import { SYNTHETIC_TRACK_META as META, syntheticFrames, syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { openTestDb, snapshot, newFactory } from './test-db.ts';
import { RecordsError } from './errors.ts';
import type { RecordsDb } from './db.ts';

async function seed(db: RecordsDb) {
  const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23', heights: [{ heightCm: 112, measuredOn: '2024-09-01' }] });
  // A live set's scored trial, started over the setup check: both facts travel with the backup.
  const live = { step: 'scored', trial: 1, scoredTrials: 2, setupOverride: true } as const;
  const session = await saveSession(db, { ...syntheticSessionInfo(mia.id, 1000), live }, syntheticJumpResult(4), { meta: META, frames: syntheticFrames(120) });
  await overrideGrade(db, { sessionId: session.id, target: 'rep', index: 0, field: 'heightCm', newValue: 11, reason: 'tape measure' });
  await setSessionNote(db, session.id, 'New shoes, a bit slippery.');
  await saveReportNote(db, mia.id, '2024-01-01', '2024-12-31', { summaryNote: 'Higher jumps since spring.', therapist: 'A. Ruiz', clinic: '' });
  return mia;
}
const editedBackup = async (db: RecordsDb, edit: (json: { data: Record<string, unknown> }) => void) => {
  const json = JSON.parse(await (await exportBackup(db)).text()) as { data: Record<string, unknown> };
  edit(json);
  return new Blob([JSON.stringify(json)]);
};

describe('backup', () => {
  it('restores a full backup into an empty database exactly (deep equality of every table)', async () => {
    const source = openTestDb();
    await seed(source);
    const file = await exportBackup(source);
    const target = openTestDb();
    await importBackup(target, file);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect((await target.sessions.toArray())[0]?.live).toEqual({ step: 'scored', trial: 1, scoredTrials: 2, setupOverride: true });
  });

  it('refuses a truncated file and leaves the records unchanged', async () => {
    const db = openTestDb();
    await seed(db);
    const text = await (await exportBackup(db)).text();
    const before = await snapshot(db);
    await expect(importBackup(db, new Blob([text.slice(0, text.length / 2)]))).rejects.toThrow(/damaged or incomplete.*Nothing was imported/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses another app\'s Dexie export and leaves the records unchanged', async () => {
    const db = openTestDb();
    await seed(db);
    const other = new Dexie('todo-app', { indexedDB: newFactory(), IDBKeyRange });
    other.version(1).stores({ todos: '++id' });
    const before = await snapshot(db);
    await expect(importBackup(db, await exportDB(other))).rejects.toThrow(/not a Springboard backup \(it holds the database "todo-app"\)/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a backup from a newer version and leaves the records unchanged', async () => {
    const db = openTestDb();
    await seed(db);
    const future = await editedBackup(db, (json) => { json.data.databaseVersion = 99; });
    const before = await snapshot(db);
    await expect(importBackup(db, future)).rejects.toThrow(/newer version of Springboard \(data version 99; this app reads up to 3\): update the app/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a file whose row count disagrees with its header', async () => {
    const db = openTestDb();
    await seed(db);
    const cut = await editedBackup(db, (json) => { (json.data.data as { rows: unknown[] }[])[0]!.rows.pop(); });
    await expect(importBackup(db, cut)).rejects.toBeInstanceOf(RecordsError);
  });

  it('plans what will be added and what replaced before importing', async () => {
    const db = openTestDb();
    const mia = await seed(db);
    const file = await exportBackup(db);
    await db.children.update(mia.id, { nickname: 'Mia B.' });
    await addChild(db, { nickname: 'Leo', birthDate: '2020-01-02' });
    const plan = await inspectBackup(db, file);
    expect(plan.ok && plan.summary).toBe('This backup adds 0 children and 0 sessions and replaces 1 children and 1 sessions '
      + 'with their copies in the file (Mia (stored as Mia B.)). Nothing else is deleted.');
  });

  it('upgrades the rows of a version 1 backup on import', async () => {
    const factory = newFactory();
    const v1 = openTestDb(factory, 1);
    await v1.table('children').add({ id: 'c1', nickname: 'Mia', birthDate: '2019-04-23', dominantSide: 'left', heightCm: 110, heightMeasuredOn: '2024-01-05', notes: '', createdAtMs: 1 });
    const file = await exportBackup(v1);
    const db = openTestDb();
    await importBackup(db, file);
    expect((await db.children.get('c1'))?.heights).toEqual([{ heightCm: 110, measuredOn: '2024-01-05' }]);
  });

  it('gives the sessions of a version 2 backup an empty note on import, and keeps every other field', async () => {
    const factory = newFactory();
    const v2 = openTestDb(factory, 2);
    await v2.table('children').add({ id: 'c1', nickname: 'Mia', birthDate: '', dominantSide: 'left', heights: [], notes: '', createdAtMs: 1 });
    const old = { ...syntheticSessionInfo('c1', 1000), id: 's1', status: 'complete', summary: { task: 'two-foot-jump', flags: [], count: 2 }, itemCount: 0, durationMs: 0, track: null };
    await v2.table('sessions').add(old);
    const file = await exportBackup(v2);
    const db = openTestDb();
    await importBackup(db, file);
    expect(await db.sessions.get('s1')).toEqual({ ...old, note: '' });
  });
});
