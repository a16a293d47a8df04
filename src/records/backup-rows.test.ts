// A backup is checked down to each row's contents before anything is written: every damaged row the reliability
// issue found (they imported, then threw on reading) is refused with a sentence naming the file, and nothing changes.
import './node-shims.ts';
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, inspectBackup } from './backup.ts';
import { addChild } from './children.ts';
import { saveSession } from './sessions.ts';
import { startSession } from './autosave.ts';
import { SYNTHETIC_TRACK_META as META, syntheticFrames, syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { openTestDb, snapshot } from './test-db.ts';
import type { RecordsDb } from './db.ts';

type Json = { data: { tables: { name: string; schema: string }[]; data: { tableName: string; rows: Record<string, unknown>[] }[] } };

async function seeded(): Promise<RecordsDb> {
  const db = openTestDb();
  const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
  await saveSession(db, syntheticSessionInfo(mia.id, 1000), syntheticJumpResult(3), { meta: META, frames: syntheticFrames(40) });
  return db;
}
const rowsOf = (json: Json, table: string) => json.data.data.find((t) => t.tableName === table)!.rows;

/** Exports the seeded records, damages the file with `edit`, imports it into a second seeded database. */
async function importDamaged(edit: (json: Json) => void): Promise<{ error: string; unchanged: boolean }> {
  const json = JSON.parse(await (await exportBackup(await seeded())).text()) as Json;
  edit(json);
  const target = await seeded();
  const before = await snapshot(target);
  const file = new File([JSON.stringify(json)], 'springboard-backup-2026-12-01.json');
  const error = await importBackup(target, file).then(() => 'imported', (err: Error) => err.message);
  return { error, unchanged: JSON.stringify(await snapshot(target)) === JSON.stringify(before) };
}

describe('backup row contents', () => {
  it.each([
    ['a session whose summary is {}', (j: Json) => { rowsOf(j, 'sessions')[0]!.summary = {}; delete rowsOf(j, 'sessions')[0]!.$types; },
      'row 1 of "sessions" has a wrong "summary" (the engine\'s result, its task and flags, was expected)'],
    ['a session whose summary is {} with its type notes left', (j: Json) => { rowsOf(j, 'sessions')[0]!.summary = {}; },
      'row 1 of "sessions" has no "summary.flags" of the type the file notes for it (arrayNonindexKeys)'],
    ['an item {kind: "rep"}', (j: Json) => { (rowsOf(j, 'items')[0]!.items as unknown[])[0] = { kind: 'rep' }; delete rowsOf(j, 'items')[0]!.$types; },
      'row 1 of "items" has no "items.0.index"'],
    ['an item {kind: "rep"} with its type notes left', (j: Json) => { (rowsOf(j, 'items')[0]!.items as unknown[])[0] = { kind: 'rep' }; },
      'row 1 of "items" has no "items.0.data.notScorableReasons" of the type the file notes for it (arrayNonindexKeys)'],
    ['a track chunk without its times', (j: Json) => { delete rowsOf(j, 'trackChunks')[0]!.tCenti; delete (rowsOf(j, 'trackChunks')[0]!.$types as Record<string, string>)['tCenti']; delete (rowsOf(j, 'trackChunks')[0]!.$types as Record<string, string>)['tCenti.buffer']; },
      'row 1 of "trackChunks" has no "tCenti"'],
    ['a track chunk claiming 1e6 frames', (j: Json) => { rowsOf(j, 'trackChunks')[0]!.frameCount = 1e6; },
      'row 1 of "trackChunks" is wrong: it claims 1000000 frames but holds the times of 40'],
    ['a track chunk whose keypoints are cut short', (j: Json) => { (rowsOf(j, 'trackChunks')[0]!.xy as { length: number }).length -= 34; },
      'row 1 of "trackChunks" is wrong: its keypoints do not match its 38 frames with a person'],
    ['a session of an unknown task', (j: Json) => { rowsOf(j, 'sessions')[0]!.task = 'cartwheel'; },
      'row 1 of "sessions" has a wrong "task" (a task this app knows was expected, not "cartwheel" (a newer app\'s backup needs the newer app))'],
    ['items of a session the file does not hold', (j: Json) => { rowsOf(j, 'items')[0]!.sessionId = 'nobody'; },
      'row 1 of "items" belongs to a session the file does not hold'],
    ['a table list whose key for "overrides" is emptied (found by the property test, seed -1872113440)',
      (j: Json) => { j.data.tables.find((t) => t.name === 'overrides')!.schema = ''; },
      'the table "overrides" is keyed differently from this app\'s'],
    ['a child with a height of -5 cm', (j: Json) => { rowsOf(j, 'children')[0]!.heights = [{ heightCm: -5, measuredOn: '2024-01-01' }]; },
      'row 1 of "children" has a wrong "heights.0.heightCm" (a height above 0 was expected)'],
  ])('refuses %s with a sentence naming the file, writing nothing', async (_what, edit, clause) => {
    const { error, unchanged } = await importDamaged(edit);
    expect(error).toBe(`This backup file (springboard-backup-2026-12-01.json) is damaged: ${clause}. Use another copy of the file. `
      + 'Nothing was imported and your records are unchanged.');
    expect(unchanged).toBe(true);
  });

  it('accepts a session autosaved before its first rep (empty summary while recording)', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '' });
    await startSession(db, syntheticSessionInfo(mia.id, 5), META);
    const inspection = await inspectBackup(openTestDb(), await exportBackup(db));
    expect(inspection.ok).toBe(true);
  });
});
