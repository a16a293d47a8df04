import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import { TASK_TABLE, type PoseFrame, type SourceInfo, type TaskDefinition, type TaskEvent } from '../analysis/index.ts';
import { syntheticJumpResult } from '../records/synthetic.ts';
import { openTestDb } from '../records/test-db.ts';
import type { RecordsDb } from '../records/index.ts';
import { AUTOSAVE_EVERY_FRAMES, createTaskRunner, type RunStart } from './task-run.ts';
import { personFrame, settle } from './test-fakes.ts';

const START: RunStart = { source: 'live', fileName: null, model: 'movenet-lightning', backend: 'wasm: test' };
const NOW_MS = Date.UTC(2026, 5, 1, 9, 30);

/** A task that counts a jump at every frame whose time is a multiple of 100 ms; it remembers what it was created with. */
function fakeJumps() {
  const created: SourceInfo[] = [];
  // The real definition's headline, item lists, report and charts; only the analyser is fake.
  const task: TaskDefinition = {
    ...TASK_TABLE['two-foot-jump'],
    title: 'Fake jumps',
    // The synthetic result is not a real two-foot-jump result: its report would not read it.
    report: () => ({ lines: [], tables: [] }),
    create(source) {
      created.push(source);
      let count = 0;
      const pushed: PoseFrame[] = [];
      return {
        push(frame): TaskEvent[] {
          pushed.push(frame);
          if (frame.tMs === 0 || frame.tMs % 100 !== 0) return [];
          count++;
          return [{ kind: 'rep', tMs: frame.tMs, message: `Jump ${count}` }];
        },
        progress: () => ({ count, unit: 'jumps', status: `${pushed.length} frames` }),
        snapshot: () => syntheticJumpResult(count),
        finish: () => syntheticJumpResult(count),
      };
    },
  };
  return { task, created };
}

function setUp(db: RecordsDb, options: { child?: boolean; muted?: boolean } = {}) {
  const jumps = fakeJumps();
  const beeper = { beep: vi.fn(), unlock: vi.fn(() => null) };
  const report = vi.fn();
  const runner = createTaskRunner({
    db, task: signal(jumps.task), beeper, report, muted: signal(options.muted ?? false),
    child: () => (options.child === false ? null : { id: 'child-1', heightCm: 120 }),
  });
  return { runner, beeper, report, created: jumps.created };
}

const feed = (sink: ReturnType<typeof createTaskRunner>['sink'], times: readonly number[]) => {
  for (const t of times) sink.frame(personFrame(t), 640, 480);
};

describe('task run', () => {
  beforeEach(() => { vi.useFakeTimers({ toFake: ['Date'] }); vi.setSystemTime(NOW_MS); });
  afterEach(() => { vi.useRealTimers(); });

  it('starts the analyser at the second frame with the nominal fps of the first interval', () => {
    const { runner, created } = setUp(openTestDb(), { child: false });
    runner.sink.begin(START);
    expect(runner.live.value?.status).toBe('Getting ready…');
    feed(runner.sink, [0]);
    expect(created).toHaveLength(0);
    feed(runner.sink, [40]);
    expect(created).toEqual([{ width: 640, height: 480, fps: 25, childHeightCm: undefined }]);
    expect(runner.live.value).toMatchObject({ count: 0, unit: 'jumps', status: '2 frames' });
  });

  it('beeps and praises each counted item, and stays quiet when muted', () => {
    const loud = setUp(openTestDb(), { child: false });
    loud.runner.sink.begin(START);
    feed(loud.runner.sink, [0, 50, 100, 150, 200]);
    expect(loud.beeper.beep).toHaveBeenCalledTimes(2);
    expect(loud.runner.live.value).toMatchObject({ count: 2, lastEvent: 'Jump 2' });
    expect(loud.runner.live.value?.praise).not.toBeNull();
    const quiet = setUp(openTestDb(), { child: false, muted: true });
    quiet.runner.sink.begin(START);
    feed(quiet.runner.sink, [0, 50, 100]);
    expect(quiet.beeper.beep).not.toHaveBeenCalled();
    expect(quiet.runner.live.value?.count).toBe(1);
  });

  it('autosaves the set for the picked child and marks it complete at the end', async () => {
    const db = openTestDb();
    const { runner, report } = setUp(db);
    runner.sink.begin(START);
    feed(runner.sink, [0, 50, 100, 150, 200, 250]);
    await settle();
    const during = await db.sessions.toArray();
    expect(during).toHaveLength(1);
    expect(during[0]).toMatchObject({ childId: 'child-1', task: 'two-foot-jump', startedAtMs: NOW_MS, status: 'recording', backend: 'wasm: test' });
    runner.sink.end('complete');
    expect(runner.live.value).toBeNull();
    expect(runner.outcome.value?.saved).toBe('Saving this session…');
    await vi.waitFor(() => expect(runner.outcome.value?.saved).toBe('Saved in History.'));
    const [saved] = await db.sessions.toArray();
    expect(saved).toMatchObject({ status: 'complete', itemCount: 2 });
    expect(runner.outcome.value?.sessionId).toBe(saved?.id);
    expect(report).not.toHaveBeenCalled();
  });

  it('autosaves a long stretch without events too, so that its frames are not all held until the end', async () => {
    const db = openTestDb();
    const { runner } = setUp(db);
    runner.sink.begin(START);
    // 40 ms apart from 1 ms: no time is a multiple of 100 ms, so the fake counts nothing. Two stretches of frames,
    // each a little longer than the autosave interval, arriving one after the other as a video's frames do.
    const times = Array.from({ length: 2 * AUTOSAVE_EVERY_FRAMES + 10 }, (_, i) => 1 + 40 * i);
    feed(runner.sink, times.slice(0, AUTOSAVE_EVERY_FRAMES + 5));
    await vi.waitFor(async () => expect(await db.trackChunks.count()).toBe(1));
    feed(runner.sink, times.slice(AUTOSAVE_EVERY_FRAMES + 5));
    await vi.waitFor(async () => expect(await db.trackChunks.count()).toBe(2));
    const chunks = await db.trackChunks.toArray();
    expect(chunks.map((c) => c.frameCount)).toEqual([AUTOSAVE_EVERY_FRAMES + 5, AUTOSAVE_EVERY_FRAMES + 5]);
    expect((await db.sessions.toArray())[0]?.status).toBe('recording');
    runner.sink.end('complete');
    await vi.waitFor(() => expect(runner.outcome.value?.saved).toBe('Saved in History.'));
    expect((await db.trackChunks.toArray()).reduce((n, c) => n + c.frameCount, 0)).toBe(times.length);
  });

  it('keeps nothing of a cancelled set', async () => {
    const db = openTestDb();
    const { runner } = setUp(db);
    runner.sink.begin(START);
    feed(runner.sink, [0, 50, 100]);
    await settle();
    expect(await db.sessions.count()).toBe(1);
    runner.sink.end('cancelled');
    await vi.waitFor(async () => expect(await db.sessions.count()).toBe(0));
    expect(runner.outcome.value).toBeNull();
  });

  it('says a set too short to analyse, and one without a child, is not saved', () => {
    const { runner } = setUp(openTestDb(), { child: false });
    runner.sink.begin(START);
    feed(runner.sink, [0]);
    runner.sink.end('complete');
    expect(runner.outcome.value?.result).toBeNull();
    expect(runner.outcome.value?.saved).toMatch(/too short to analyse/);
    runner.sink.begin(START);
    feed(runner.sink, [0, 50, 100]);
    runner.sink.end('complete');
    expect(runner.outcome.value?.result).toMatchObject({ count: 1 });
    expect(runner.outcome.value?.saved).toMatch(/^Not saved: add or pick a child/);
  });

  it('reports a failed save once and still shows the result', async () => {
    const db = openTestDb();
    const { runner, report } = setUp(db);
    db.close();
    runner.sink.begin(START);
    feed(runner.sink, [0, 50, 100]);
    runner.sink.end('complete');
    await vi.waitFor(() => expect(report).toHaveBeenCalledTimes(1));
    expect(runner.outcome.value?.result).toMatchObject({ count: 1 });
  });
});
