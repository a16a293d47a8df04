import { describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { keepUnfinishedSession, startSession, unfinishedSessions } from './autosave.ts';
import { addChild } from './children.ts';
import { loadItems, loadTrack } from './sessions.ts';
import { SYNTHETIC_TRACK_META as META, syntheticFrames, syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { openTestDb } from './test-db.ts';
import { RecordsError } from './errors.ts';
import type { RecordsDb } from './db.ts';

/** Makes every later write fail as a full disk does (QuotaExceededError from IndexedDB). */
function fillDisk(db: RecordsDb): { full: boolean } {
  const disk = { full: false };
  db.use({
    stack: 'dbcore', name: 'full-disk', create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (req) => disk.full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req) };
      },
    }),
  });
  return disk;
}

async function recordReps(db: RecordsDb, reps: number, framesPerRep = 30) {
  const { id } = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
  const autosave = await startSession(db, syntheticSessionInfo(id, 1000), META);
  const frames = syntheticFrames(reps * framesPerRep + 10);
  for (let rep = 1; rep <= reps; rep++) {
    frames.slice((rep - 1) * framesPerRep, rep * framesPerRep).forEach((f) => autosave.addFrame(f));
    await autosave.saveProgress(syntheticJumpResult(rep));
  }
  frames.slice(reps * framesPerRep).forEach((f) => autosave.addFrame(f)); // the rep in progress
  return { autosave, frames };
}

describe('autosave', () => {
  it('keeps every completed rep and its frames when the tab closes mid-rep', async () => {
    const db = openTestDb();
    const { autosave, frames } = await recordReps(db, 3);
    expect((await loadItems(db, autosave.sessionId)).length).toBe(3);
    expect((await loadTrack(db, autosave.sessionId))?.frames.length).toBe(frames.length - 10);
  });

  it('lists an interrupted session as unfinished', async () => {
    const db = openTestDb();
    const { autosave } = await recordReps(db, 2);
    expect((await unfinishedSessions(db)).map((s) => s.id)).toEqual([autosave.sessionId]);
  });

  it('keeps an interrupted session as complete when the person chooses to', async () => {
    const db = openTestDb();
    const { autosave } = await recordReps(db, 2);
    await keepUnfinishedSession(db, autosave.sessionId);
    expect(await unfinishedSessions(db)).toEqual([]);
  });

  it('marks a finished session complete with all its frames', async () => {
    const db = openTestDb();
    const { autosave, frames } = await recordReps(db, 2);
    const session = await autosave.finish(syntheticJumpResult(2));
    expect([session.status, (await loadTrack(db, session.id))?.frames.length]).toEqual(['complete', frames.length]);
  });

  it('reports a full disk as a sentence that says nothing saved so far was lost', async () => {
    const db = openTestDb();
    const disk = fillDisk(db);
    const { autosave } = await recordReps(db, 2);
    disk.full = true;
    await expect(autosave.saveProgress(syntheticJumpResult(3))).rejects.toThrow(
      /^The device's storage is full: item 3 of this session could not be saved\..*nothing saved so far was lost\.$/);
  });

  it('keeps the reps saved before the disk filled up', async () => {
    const db = openTestDb();
    const disk = fillDisk(db);
    const { autosave } = await recordReps(db, 2);
    disk.full = true;
    await expect(autosave.saveProgress(syntheticJumpResult(3))).rejects.toBeInstanceOf(RecordsError);
    disk.full = false;
    expect((await loadItems(db, autosave.sessionId)).length).toBe(2);
  });

  it('writes the frames of a failed save with the next one', async () => {
    const db = openTestDb();
    const disk = fillDisk(db);
    const { autosave, frames } = await recordReps(db, 2);
    disk.full = true;
    await expect(autosave.saveProgress(syntheticJumpResult(3))).rejects.toBeInstanceOf(RecordsError);
    disk.full = false;
    await autosave.finish(syntheticJumpResult(3));
    expect((await loadTrack(db, autosave.sessionId))?.frames.length).toBe(frames.length);
  });
});
