// Soak: 30 minutes of live camera frames at 30 fps (54,000 synthetic frames, their own timestamps as the clock)
// through the app's own live path (task-run.ts: the task analyser frame by frame, the records autosave after every
// counted jump, fake-indexeddb in Node). Heap growth, after a full GC, stays within what the session rightly keeps
// (its stored track, its items and the analyser's reps) plus a small stated bound: nothing grows with every frame.
import '../../src/records/node-shims.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { findTask, type PoseFrame, type TaskDefinition } from '../../src/analysis/index.ts';
import { createTaskRunner } from '../../src/app/task-run.ts';
import { addChild } from '../../src/records/children.ts';
import { chunkBytes } from '../../src/records/track-codec.ts';
import { openTestDb } from '../../src/records/test-db.ts';
import { syntheticJumpTrack, twoFootJumps } from '../helpers/synthetic-jumps.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const FPS = 30;
const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
/** One minute of jumping, replayed with shifted times: 40 jumps a minute, 1,200 in the 30 minutes. */
const LOOP_S = 60;
/**
 * Heap growth allowed beyond the stored data, MB. Reason: what the session rightly keeps is measured (the stored
 * chunks' bytes) and its reps grow with the count; a leak of one small object a frame (say a 17-point keypoint copy,
 * ~0.5 KB) would add ~25 MB over 54,000 frames, so 8 MB separates the two with margin. Measured: see the test's log.
 */
const MAX_EXTRA_HEAP_MB = 8;

/**
 * Longest wait for the autosaves to catch up, ms. Measured: well under a second alone; fake-indexeddb runs on timers,
 * and with the browser tests sharing the 2 cores (load average ~20) the final save did not end within 60 s. Speed is not
 * what this test checks.
 */
const SAVE_WAIT_MS = 300_000;

const heapMb = () => { gc(); gc(); return process.memoryUsage().heapUsed / 2 ** 20; };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('soak: 30 minutes of live frames with autosave', () => {
  it('keeps the heap flat beyond what the session stores', async () => {
    const db = openTestDb();
    const child = await addChild(db, { nickname: 'Soak', birthDate: '2019-04-23' });
    const errors: unknown[] = [];
    const runner = createTaskRunner({
      db, task: signal(findTask('two-foot-jump') as TaskDefinition), child: () => ({ id: child.id, heightCm: 115 }),
      beeper: { unlock: () => null, beep: () => undefined }, muted: signal(true), report: (e) => errors.push(e),
    });
    const { source, frames: loop } = syntheticJumpTrack(
      twoFootJumps({ startS: 0, count: LOOP_S / 1.5, periodS: 1.5, flightS: 0.35, armsUp: true }), { durationS: LOOP_S, fps: FPS, noisePx: 1 });
    runner.sink.begin({ source: 'live', fileName: null, model: 'movenet-lightning', backend: 'wasm' });
    let baselineMb = 0;
    let storedAtBaseline = 0;
    const storedBytes = async () => (await db.trackChunks.toArray()).reduce((n, c) => n + chunkBytes(c), 0)
      + JSON.stringify(await db.items.toArray()).length;
    for (let minute = 0; minute < MINUTES; minute++) {
      for (const [i, f] of loop.entries()) {
        const frame: PoseFrame = { tMs: minute * LOOP_S * 1000 + f.tMs, keypoints: f.keypoints };
        runner.sink.frame(frame, source.width, source.height);
        if (i % FPS === 0) await settle(); // the autosaves run between frames, as in the browser
      }
      // A camera gives the writes ~33 ms a frame; here frames come as fast as the CPU allows, so wait for the saves.
      await expect.poll(async () => (await db.sessions.toArray())[0]?.itemCount, { timeout: SAVE_WAIT_MS, interval: 20 }).toBe(runner.live.value?.count);
      if (minute === 4) { baselineMb = heapMb(); storedAtBaseline = await storedBytes(); }
    }
    const live = runner.live.value;
    runner.sink.end('complete');
    await expect.poll(() => (errors.length > 0 ? String(errors[0]) : runner.outcome.value?.saved), { timeout: SAVE_WAIT_MS }).toBe('Saved in History.');
    const grownMb = heapMb() - baselineMb;
    const storedMb = (await storedBytes() - storedAtBaseline) / 2 ** 20;
    console.log(`soak: count ${live?.count}, heap +${grownMb.toFixed(1)} MB from minute 5 to 30, stored +${storedMb.toFixed(1)} MB`);
    expect(errors).toEqual([]);
    expect(live?.count).toBe(MINUTES * LOOP_S / 1.5);
    expect(grownMb).toBeLessThan(storedMb + MAX_EXTRA_HEAP_MB);
    const session = (await db.sessions.toArray())[0]!;
    expect([session.status, session.itemCount]).toEqual(['complete', MINUTES * LOOP_S / 1.5]);
  }, 900_000);
});
