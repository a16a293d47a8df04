// Re-grading sessions saved the way the app saves them: every task, with the protocol and settings the app stores.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL, TASKS, analyzeFrames, type PoseFrame, type TaskDefinition } from '../analysis/index.ts';
import { startSession } from './autosave.ts';
import { addChild } from './children.ts';
import { defaultGrader, regradeAll } from './regrade.ts';
import { loadItems, loadTrack, splitResult } from './sessions.ts';
import { openTestDb } from './test-db.ts';
import type { RecordsDb } from './db.ts';
import type { SessionRow, TrackMeta } from './types.ts';
import { syntheticJumpTrack, twoFootJumps } from '../../tests/helpers/synthetic-jumps.ts';

const track = syntheticJumpTrack(twoFootJumps({ startS: 0.5, count: 3, periodS: 0.9, flightS: 0.35 }), { durationS: 4, noisePx: 1 });
const META: TrackMeta = { model: 'movenet-lightning', source: 'camera', ...track.source };

/** What src/app/task-run.ts does: start the session, keep every frame, save after each event, then finish. */
async function saveLikeTheApp(db: RecordsDb, childId: string, task: TaskDefinition, frames: readonly PoseFrame[],
  settings: Record<string, number> = {}): Promise<SessionRow> {
  const saver = await startSession(db, {
    childId, task: task.id, protocol: DEFAULT_PROTOCOL, settings, startedAtMs: 1_000, source: 'live', fileName: null,
    model: META.model, backend: 'cpu', engineVersion: 'old',
  }, META);
  const analyzer = task.create(track.source);
  for (const frame of frames) {
    saver.addFrame(frame);
    if (analyzer.push(frame).length > 0) await saver.saveProgress(analyzer.snapshot());
  }
  return saver.finish(analyzer.finish());
}

describe('re-grade of sessions the app saved', () => {
  it('grades a session of every task again, with the protocol the app stores, to what the engine gives now', async () => {
    const db = openTestDb();
    const { id } = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
    const saved = [];
    for (const task of TASKS) saved.push(await saveLikeTheApp(db, id, task, track.frames));
    const report = await regradeAll(db, defaultGrader, 'new');
    expect(report).toEqual({ regraded: TASKS.length, failed: [] });
    for (const [i, task] of TASKS.entries()) {
      // The stored track is what gets graded: the codec keeps keypoints to a fixed precision, so grade what it kept.
      const stored = await loadTrack(db, saved[i]!.id);
      const want = splitResult(analyzeFrames(task, track.source, stored!.frames));
      const row = await db.sessions.get(saved[i]!.id);
      expect([row?.engineVersion, row?.summary]).toEqual(['new', want.summary]);
      expect((await loadItems(db, saved[i]!.id)).map((item) => item.data)).toEqual(want.items.map((item) => item.data));
    }
  });

  it('keeps going past a session the engine refuses, and says why that one kept its old grades', async () => {
    const db = openTestDb();
    const { id } = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
    const [first, second] = TASKS;
    const bad = await saveLikeTheApp(db, id, first!, track.frames, { notASetting: 1 });
    await saveLikeTheApp(db, id, second!, track.frames);
    const report = await regradeAll(db, defaultGrader, 'new');
    expect(report.regraded).toBe(1);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.sessionId).toBe(bad.id);
    expect(report.failed[0]!.reason).toMatch(/could not be graded again \(.*notASetting.*\): its old grades were kept/);
    expect((await db.sessions.get(bad.id))?.engineVersion).toBe('old');
  });
});
