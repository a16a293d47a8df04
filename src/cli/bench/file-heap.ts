// Bench group 'file-heap' (opt-in: `npm run bench -- --group file-heap`, ~10-40 min): the built app analyses a
// 10-minute video (jj-white-wall looped with ffmpeg into a temp dir, never committed) and the page's JS heap is read,
// after a forced GC, once a minute of video is analysed and again at the end. Target: end < 2 x one-minute heap
// (the file is streamed and every frame closed, so only the track and the result grow). The heap counted is V8's
// used heap plus the array buffers' backing stores: the kept track lives in typed arrays, which usedSize alone omits.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium, serveDir } from '../browser.ts';
import { findFfmpeg } from '../ffmpeg.ts';
import { buildApp, tempDir } from './chromium-app.ts';
import { openVideoAsGuest, setMode } from './app-steps.ts';
import { BENCH_CLIP } from './chromium.ts';
import type { BenchGroup } from './types.ts';

const LONG_VIDEO_S = 600;
const CLIP_FPS = 30;
const TARGET_HEAP_GROWTH = 2;

/**
 * The clip looped to LONG_VIDEO_S, with its sample table (moov) in front as in the clip itself: the layout the
 * reported figures were measured on (before the streamed demuxer read a moov-last file at all).
 */
async function loopedVideo(outPath: string): Promise<void> {
  await promisify(execFile)(findFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-y', '-stream_loop', '-1', '-i', BENCH_CLIP,
    '-t', String(LONG_VIDEO_S), '-an', '-c', 'copy', '-movflags', '+faststart', outPath]);
}

/** Throws the page's alert, if it shows one: a refused file must end the bench, not leave it waiting for ever. */
async function throwOnAlert(page: Page): Promise<void> {
  const alert = await page.evaluate(() => document.querySelector('[role=alert]')?.textContent ?? '');
  if (alert) throw new Error(`file-heap: the app said: ${alert}`);
}

interface HeapUse {
  /** V8's used heap plus array buffers and external strings (bytes): what the ratio is taken on. */
  readonly bytes: number;
  /** Of which array buffers and external strings (bytes). */
  readonly backingBytes: number;
}

/** The page's JS memory after a full garbage collection. */
async function heapAfterGc(page: Page): Promise<HeapUse> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { bytes: usedSize + backingStorageSize, backingBytes: backingStorageSize };
}

const mb = (b: number) => (b / 1e6).toFixed(1);
const described = (h: HeapUse) => `${mb(h.bytes)} MB (${mb(h.backingBytes)} MB of it array buffers)`;

/** Waits until `minutes` of video are analysed, then reads the heap after a GC and says it on stderr. */
async function heapAfterMinutes(page: Page, minutes: number): Promise<HeapUse> {
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=progress]')?.getAttribute('data-done')) >= n
    || document.querySelector('[role=alert]')?.textContent, minutes * 60 * CLIP_FPS, { timeout: 0, polling: 1000 });
  await throwOnAlert(page);
  const heap = await heapAfterGc(page);
  console.error(`file-heap: page heap ${described(heap)} after ${await framesDone(page)} frames (${minutes} min), ${new Date().toISOString()}, load ${loadavg()[0]!.toFixed(1)}`);
  return heap;
}

const framesDone = (page: Page) => page.evaluate(() => Number(document.querySelector('[data-testid=progress]')?.getAttribute('data-done') ?? 0));

const group: BenchGroup = {
  name: 'file-heap',
  optIn: 'analyses a 10-minute video: 10-40 minutes on a 2-core machine',
  async run() {
    if (!existsSync(BENCH_CLIP)) {
      console.error(`file-heap: skipped, the clip ${BENCH_CLIP} is absent.`);
      return [];
    }
    const dir = await tempDir('springboard-bench-heap-');
    const dist = join(dir.path, 'dist');
    const video = join(dir.path, 'ten-minutes.mp4');
    await Promise.all([buildApp(dist), loopedVideo(video)]);
    const server = await serveDir(dist);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/?backend=wasm`);
      // Therapist mode: its result screen (every rep's criteria, the corrections) is the larger one, so the worst case.
      await setMode(page, 'therapist');
      await openVideoAsGuest(page);
      // The recorded-video screen's status (under "Model and speed") names the model once it is loaded.
      await page.waitForFunction(() => document.querySelector('[data-testid=model]')?.textContent === 'movenet-lightning', undefined, { timeout: 120_000 });
      await page.getByTestId('file-input').setInputFiles(video);
      const oneMinute = await heapAfterMinutes(page, 1);
      // Each further minute too: a 10-minute analysis can outlast the person waiting, and the trend is half the answer.
      for (let minute = 2; minute < LONG_VIDEO_S / 60; minute++) await heapAfterMinutes(page, minute);
      const atOneMinute = 60 * CLIP_FPS;
      await page.waitForFunction(() => /^The video is analysed/.test(document.querySelector('[data-testid=notice]')?.textContent ?? '')
        || document.querySelector('[role=alert]')?.textContent, undefined, { timeout: 0, polling: 2000 });
      await throwOnAlert(page);
      const end = await heapAfterGc(page);
      console.error(`file-heap: page heap ${described(end)} at the end, ${new Date().toISOString()}`);
      return [{
        name: 'file.lightning.chromium.heap-growth', value: end.bytes / oneMinute.bytes, unit: 'x',
        note: `page heap with array buffers ${described(oneMinute)} after ${atOneMinute} frames, ${described(end)} after ${LONG_VIDEO_S} s of video, `
          + `target < ${TARGET_HEAP_GROWTH}, load ${loadavg()[0]!.toFixed(1)}`,
      }];
    } finally {
      await browser.close();
      await server.close();
      await dir.remove();
    }
  },
};

export default group;
