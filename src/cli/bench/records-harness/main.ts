// The page behind the records browser test and the ...chromium benchmarks: it exposes src/records on the real
// IndexedDB as window.recordsHarness, for playwright's page.evaluate. Results cross to Node as JSON, so typed arrays
// are written as { typed, values } (a lossless, comparable form).
import Dexie from 'dexie';
import {
  DB_NAME, RecordsDb, addChild, exportBackup, importBackup, overrideGrade, saveSession, startSession,
} from '../../../records/index.ts';
import {
  SYNTHETIC_TRACK_META, syntheticFrames, syntheticJumpResult, syntheticSessionInfo,
} from '../../../records/synthetic.ts';
import { measureLoadHistory, measureSave10MinSession } from '../records-scenarios.ts';

let db = new RecordsDb();
let backup: Blob | null = null;

// A typed array (checked just before) is array-like; DataView, the one ArrayBufferView that is not, is excluded.
const comparable = (_key: string, value: unknown) => ArrayBuffer.isView(value) && !(value instanceof DataView)
  ? { typed: value.constructor.name, values: Array.from(value as unknown as ArrayLike<number>) } : value;

async function reset(): Promise<void> {
  db.close();
  await Dexie.delete(DB_NAME);
  db = new RecordsDb();
}

/** Every table's rows as comparable JSON. */
async function snapshot(): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return JSON.stringify(tables, comparable);
}

/** Two children, a saved session with its track, an autosaved session and an override. */
async function seed(): Promise<void> {
  const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23', heights: [{ heightCm: 112, measuredOn: '2024-09-01' }], notes: 'likes "jumping", commas' });
  const leo = await addChild(db, { nickname: 'Léo 🐸', birthDate: '2020-01-02', dominantSide: 'left' });
  const saved = await saveSession(db, syntheticSessionInfo(mia.id, 1_725_000_000_000), syntheticJumpResult(6), { meta: SYNTHETIC_TRACK_META, frames: syntheticFrames(400) });
  await overrideGrade(db, { sessionId: saved.id, target: 'rep', index: 1, field: 'criteria.twoFootTakeoff.mark', newValue: 0, reason: 'one foot first' });
  const live = await startSession(db, syntheticSessionInfo(leo.id, 1_726_000_000_000), SYNTHETIC_TRACK_META);
  syntheticFrames(90, 30, 7).forEach((f) => live.addFrame(f));
  await live.saveProgress(syntheticJumpResult(2));
}

async function exportToMemory(): Promise<number> {
  backup = await exportBackup(db);
  return backup.size;
}

async function importFromMemory(): Promise<void> {
  if (!backup) throw new Error('exportToMemory() first');
  await importBackup(db, backup);
}

type BadFile = 'truncated' | 'foreign' | 'newer';
async function badFile(kind: BadFile): Promise<Blob> {
  const text = await (await exportBackup(db)).text();
  if (kind === 'truncated') return new Blob([text.slice(0, Math.floor(text.length * 0.6))]);
  if (kind === 'newer') {
    const json = JSON.parse(text) as { data: { databaseVersion: number } };
    json.data.databaseVersion += 1;
    return new Blob([JSON.stringify(json)]);
  }
  const other = new Dexie('another-app');
  other.version(1).stores({ notes: '++id' });
  await other.table('notes').add({ text: 'hello' });
  const { exportDB } = await import('dexie-export-import');
  const file = await exportDB(other);
  other.close();
  await Dexie.delete('another-app');
  return file;
}

/** Imports a bad file; returns the refusal's message ('' when it was accepted). */
async function importBadFile(kind: BadFile): Promise<string> {
  const file = await badFile(kind);
  try {
    await importBackup(db, file);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

async function benchSave(runs: number) { await reset(); return measureSave10MinSession(db, runs); }
async function benchLoadHistory(runs: number) { await reset(); return measureLoadHistory(db, runs); }

const harness = { reset, seed, snapshot, exportToMemory, importFromMemory, importBadFile, benchSave, benchLoadHistory };
export type RecordsHarness = typeof harness;
// Published on window for build.ts's page.evaluate (the bench drives this page from Node); no DOM type declares it.
(window as unknown as { recordsHarness: RecordsHarness }).recordsHarness = harness;
document.title = 'Records harness ready';
