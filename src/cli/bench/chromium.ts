// Bench group 'pose-chromium': ms per frame of MoveNet Lightning and Thunder on the wasm backend, measured through the
// BUILT app in headless Chromium (its ?bench hook runs the app's own estimator on a real clip frame).
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { guardRequests } from '../browser.ts';
import type { BenchReply, BenchRequest } from '../../app/bench-hook.ts';
import { CLIPS_DIR } from '../clips.ts';
import { framePngBase64, startBuiltApp } from './chromium-app.ts';
import { median, type BenchGroup, type BenchResult } from './types.ts';

/** The clip and moment whose frame is timed: a whole child-sized body on a plain wall, as in a real session. */
export const BENCH_CLIP = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');
export const BENCH_AT_SECONDS = 2;
/** Untimed frames first: the first estimates compile kernels and grow the wasm heap (measured: 2-3 slow frames). */
export const WARMUP_FRAMES = 10;
/** Timed frames per model; the issue asks for a median of at least 50. */
export const TIMED_FRAMES = 60;
/**
 * Target for Lightning (ms/frame, median). Source: issue 2 item 8. Reason: under ~30 ms the live view keeps up with a
 * 30 fps camera on a mid-range laptop.
 */
export const LIGHTNING_TARGET_MS = 30;

export async function measureInChromium(browser: Browser, url: string, request: BenchRequest): Promise<BenchReply> {
  const page = await browser.newPage();
  try {
    const foreign = guardRequests(page, new URL(url).origin);
    await page.goto(`${url}/?bench&backend=wasm`);
    await page.waitForFunction(() => window.springboardBench !== undefined);
    const reply = await page.evaluate((req) => window.springboardBench!.measure(req), request);
    if (foreign.length > 0) throw new Error(`The app requested other hosts during the bench: ${foreign.join(', ')}`);
    return reply;
  } finally {
    await page.close();
  }
}

const group: BenchGroup = {
  name: 'pose-chromium',
  async run(signal) {
    if (!existsSync(BENCH_CLIP)) {
      console.error(`pose-chromium: skipped, the clip ${BENCH_CLIP} is absent.`);
      return [];
    }
    const app = await startBuiltApp('springboard-bench-');
    const { server, browser } = app;
    try {
      const pngBase64 = await framePngBase64(BENCH_CLIP, BENCH_AT_SECONDS, app.dir.path);
      const results: BenchResult[] = [];
      for (const model of ['lightning', 'thunder'] as const) {
        signal?.throwIfAborted();
        const reply = await measureInChromium(browser, server.url, { model, pngBase64, warmupFrames: WARMUP_FRAMES, frames: TIMED_FRAMES });
        if (reply.backend !== 'wasm') throw new Error(`Chromium ran ${model} on ${reply.backend}, not wasm: the wasm backend did not start.`);
        const target = model === 'lightning' ? `, target <= ${LIGHTNING_TARGET_MS}` : '';
        // The fastest frame and the load average show how much a shared machine inflated the median.
        const fastest = Math.min(...reply.msPerFrame).toFixed(1);
        results.push({
          name: `pose.${model}.wasm.chromium`, value: median(reply.msPerFrame), unit: 'ms/frame',
          note: `median of ${TIMED_FRAMES} frames after ${WARMUP_FRAMES} warm-up, fastest ${fastest}, load ${loadavg()[0]!.toFixed(1)}, `
            + `ImageData input (the video-file path), built app, headless Chromium ${browser.version()}${target}`,
        });
      }
      return results;
    } finally {
      await app.close();
    }
  },
};

export default group;
