// End-to-end: the BUILT app in Debian's Chromium, fed a real clip as a fake webcam and as an opened file. Checks that
// a person is found, that every file frame is analysed, that errors read as sentences, and that nothing leaves the
// page's origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable, fixtureTrackPath } from '../../src/cli/clips.ts';
import { findTask, trackFromText, type PoseFrame, type Track } from '../../src/analysis/index.ts';
import { emptyWallY4m, startBuiltApp, type BuiltApp, fakeWebcamY4m, ffmpegFrameCount, framePngBase64, type TempDir } from '../../src/cli/bench/chromium-app.ts';
import type { BenchReply, LiveReply, PathsReply } from '../../src/app/bench-hook.ts';
import { fakeCameraFlags, guardRequests, launchChromium, type StaticServer } from '../../src/cli/browser.ts';
import { openGuestLiveSet, useGuest } from '../../src/cli/bench/app-steps.ts';

const CLIP = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');
/**
 * Least share of analysed frames with a person (0..1). Source: issue 2 item 9. Reason: the child is in view in every
 * frame of jj-white-wall.mp4 (checked by eye), so only detector failures lower it; 0.9 leaves room for motion blur.
 */
const MIN_PERSON_SHARE = 0.9;
/**
 * Largest gap (ms) between a frame's time in the browser and in the CLI. Source: WebCodecs carries whole microseconds
 * and ffmpeg's showinfo prints 6 decimals of a second; both round (measured worst: 0.05 ms). Reason: any real
 * misalignment is a whole frame (~33 ms).
 */
const MAX_FRAME_TIME_GAP_MS = 0.1;
/**
 * Largest median distance (px) between a keypoint found by the browser and by the Node CLI on the same file frame.
 * Source: measured on jj-white-wall.mp4 (406x720), Lightning on wasm: 0.32 px. Reason: the browser decodes with its own
 * H.264 decoder and colour conversion, so pixels differ slightly from ffmpeg's; a real mismatch (sides swapped,
 * frames shifted, coordinates scaled) moves points by tens of pixels, so 2 px separates the two with margin.
 */
const MAX_MEDIAN_KEYPOINT_GAP_PX = 2;

/** Median distance between keypoints both tracks scored >= 0.3, frame by frame. */
function medianKeypointGapPx(a: Track, b: Track): number {
  const gaps: number[] = [];
  a.frames.forEach((fa, i) => {
    const fb = b.frames[i];
    if (!fa.keypoints || !fb?.keypoints) return;
    fa.keypoints.forEach((ka, k) => {
      const kb = fb.keypoints![k]!;
      if (ka[2] >= 0.3 && kb[2] >= 0.3) gaps.push(Math.hypot(ka[0] - kb[0], ka[1] - kb[1]));
    });
  });
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)] ?? Number.NaN;
}

function readTrack(path: string): Track {
  const result = trackFromText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.reason}`);
  return result.track;
}

/**
 * Frames of the clip compared between the page's estimator and the pose worker's: the first 5 s at 30 fps, several
 * jumping jacks, while keeping the test's two estimates a frame under a minute on the loaded 2-core machines.
 */
const COMPARED_FRAMES = 150;

/** Live frames to analyse before judging: ~3-5 s of camera at the 12-30 fps seen in headless Chromium here. */
const LIVE_FRAMES = 60;

/** Seconds the live camera holds the clip's first and last picture (see flow.test.ts, which counts over it). */
const LIVE_HOLD_S = 4;
/** Seconds of live camera for the leak check (the 20 s). */
const LEAK_SECONDS = 20;

interface Counts { frames: number; withPerson: number }

async function readCounts(page: Page): Promise<Counts> {
  const el = page.getByTestId('counts');
  return { frames: Number(await el.getAttribute('data-frames')), withPerson: Number(await el.getAttribute('data-with-person')) };
}

async function openApp(browser: Browser, url: string, path = '/'): Promise<{ page: Page; foreign: string[] }> {
  const page = await browser.newPage();
  const foreign = guardRequests(page, url);
  await page.goto(`${url}${path}`);
  return { page, foreign };
}

describe.skipIf(!clipsAvailable())('the built app in Chromium', () => {
  let app: BuiltApp;
  let dir: TempDir;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    app = await startBuiltApp('springboard-e2e-', { cameraClip: CLIP });
    ({ dir, server, browser } = app);
  }, 180_000);

  afterAll(async () => { await app?.close(); });

  it('finds a person in at least 90% of live camera frames and requests nothing from other hosts', async () => {
    const { page, foreign } = await openApp(browser, server.url);
    await openGuestLiveSet(page);
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=counts]')?.getAttribute('data-frames')) >= n,
      LIVE_FRAMES, { timeout: 60_000 });
    const counts = await readCounts(page);
    expect(counts.withPerson / counts.frames).toBeGreaterThanOrEqual(MIN_PERSON_SHARE);
    await expect.poll(() => page.getByTestId('backend').textContent()).toMatch(/^wasm: /);
    expect(await page.getByTestId('fps').textContent()).toMatch(/^\d+ frames per second$/);
    await page.getByTestId('leave-set').click();
    expect(foreign).toEqual([]);
    await page.close();
  }, 90_000);

  it('analyses every frame of a video file, as many as ffmpeg decodes, and matches the CLI track', async () => {
    const expected = await ffmpegFrameCount(CLIP);
    expect(expected).toBe(313);
    const { page, foreign } = await openApp(browser, server.url, '/#/video');
    await useGuest(page);
    await page.getByTestId('file-input').setInputFiles(CLIP);
    await page.getByText('The video is analysed').waitFor({ timeout: 150_000 });
    const counts = await readCounts(page);
    expect(counts.frames).toBe(expected);
    expect(counts.withPerson / counts.frames).toBeGreaterThanOrEqual(MIN_PERSON_SHARE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the analysis as a track file' }).click()]);
    const saved = readTrack(await download.path());
    const cli = readTrack(fixtureTrackPath('jumping-jacks/jj-white-wall.mp4', 'lightning'));
    expect([saved.model, saved.width, saved.height, saved.frames.length]).toEqual([cli.model, cli.width, cli.height, cli.frames.length]);
    const worstTimeGapMs = Math.max(...saved.frames.map((f, i) => Math.abs(f.tMs - cli.frames[i]!.tMs)));
    expect(worstTimeGapMs).toBeLessThanOrEqual(MAX_FRAME_TIME_GAP_MS);
    expect(medianKeypointGapPx(saved, cli)).toBeLessThanOrEqual(MAX_MEDIAN_KEYPOINT_GAP_PX);
    expect(foreign).toEqual([]);
    await page.close();
  }, 180_000);

  it('offers Thunder for recorded videos only: the live camera runs Lightning and the picker says why', async () => {
    const { page, foreign } = await openApp(browser, server.url, '/#/settings');
    await expect.poll(() => page.getByTestId('model').textContent(), { timeout: 30_000 }).toBe('movenet-lightning');
    expect(await page.locator('.model-picker').textContent()).toMatch(/Thunder.*for recorded videos only: .*too few to follow a movement live/);
    await page.getByLabel(/^Thunder \(more precise, slower\)/).check();
    await expect.poll(() => page.getByTestId('model').textContent(), { timeout: 30_000 }).toBe('movenet-thunder');
    await openGuestLiveSet(page);
    await expect.poll(() => page.getByTestId('model').textContent(), { timeout: 30_000 }).toBe('movenet-lightning');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=counts]')?.getAttribute('data-with-person')) >= 3,
      undefined, { timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByTestId('leave-set').click();
    expect(foreign).toEqual([]);
    await page.close();
  }, 90_000);

  it('stops a video analysis on Cancel and says so', async () => {
    const { page } = await openApp(browser, server.url, '/#/video');
    await useGuest(page);
    await page.getByTestId('file-input').setInputFiles(CLIP);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=progress]')?.getAttribute('data-done')) >= 5,
      undefined, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/^Analysis cancelled after \d+ frames\.$/);
    expect(Number(await page.getByTestId('counts').getAttribute('data-frames'))).toBeLessThan(313);
    await page.close();
  }, 90_000);

  it('tells the person how to unblock a denied camera', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await page.goto(server.url);
    await openGuestLiveSet(page);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/camera is blocked for this page\. Allow the camera/);
    await page.close();
  }, 60_000);

  it('leaks no tensors over 20 frames in the browser (bench hook, wasm)', async () => {
    const pngBase64 = await framePngBase64(CLIP, 2, dir.path);
    const { page, foreign } = await openApp(browser, server.url, '/?bench&backend=wasm');
    await page.waitForFunction(() => window.springboardBench !== undefined);
    const reply: BenchReply = await page.evaluate((png) => window.springboardBench!.measure({
      model: 'lightning', pngBase64: png, warmupFrames: 2, frames: 20,
    }), pngBase64);
    expect(reply.backend).toBe('wasm');
    expect(reply.framesWithPerson).toBe(20);
    expect(reply.tensorsAfter).toBe(reply.tensorsBefore);
    expect(foreign).toEqual([]);
    await page.close();
  }, 90_000);

  it('gives the same keypoints and the same jumping-jack result in the pose worker as on the page, frame for frame', async () => {
    const { page } = await openApp(browser, server.url, '/?bench&backend=wasm');
    await page.waitForFunction(() => window.springboardBench !== undefined);
    const mp4Base64 = readFileSync(CLIP).toString('base64');
    const request = { model: 'lightning', mp4Base64, maxFrames: COMPARED_FRAMES } as const;
    const reply: PathsReply = await page.evaluate((req) => window.springboardBench!.comparePaths(req), request);
    expect([reply.directBackend, reply.workerBackend]).toEqual(['wasm', 'wasm']);
    expect(reply.direct).toHaveLength(COMPARED_FRAMES);
    expect(reply.worker.slice(0, COMPARED_FRAMES)).toEqual(reply.direct);
    const resultOf = (frames: readonly PoseFrame[]) => {
      const analyser = findTask('jumping-jack')!.create({ width: 406, height: 720, fps: 30 });
      for (const f of frames) analyser.push(f);
      return analyser.finish();
    };
    const result = resultOf(reply.direct);
    expect((result as unknown as { count: number }).count).toBeGreaterThan(0); // a result with reps, not an empty one
    expect(resultOf(reply.worker.slice(0, COMPARED_FRAMES))).toEqual(result);
    expect(reply.workerTensorsAfter).toBe(reply.workerTensorsBefore);
    await page.close();
  }, 180_000);

  describe('with the clip as a live camera, held still before and after', () => {
    let liveBrowser: Browser;
    beforeAll(async () => {
      const y4m = join(dir.path, 'held.y4m');
      await fakeWebcamY4m(CLIP, y4m, LIVE_HOLD_S);
      liveBrowser = await launchChromium(fakeCameraFlags(y4m));
    }, 60_000);
    afterAll(async () => { await liveBrowser?.close(); });

    it('leaks no tensor and no VideoFrame over 20 s of live camera through the pose worker (bench hook, wasm)', async () => {
      const page = await liveBrowser.newPage();
      // Every VideoFrame the page makes is kept, to check afterwards that each was closed (a closed frame has no format).
      await page.addInitScript({ content: `(() => {
        const made = (window.framesMade = []);
        window.VideoFrame = class extends VideoFrame { constructor(...args) { super(...args); made.push(this); } };
      })()` });
      const gcWarnings: string[] = [];
      page.on('console', (m) => { if (/VideoFrame.*(garbage|closed)/i.test(m.text())) gcWarnings.push(m.text()); });
      await page.goto(`${server.url}/?bench&backend=wasm`);
      await page.waitForFunction(() => window.springboardBench !== undefined);
      const reply: LiveReply = await page.evaluate((s) => window.springboardBench!.live({ model: 'lightning', seconds: s, warmupFrames: 10 }), LEAK_SECONDS);
      const frames = await page.evaluate(() => {
        const made = (window as unknown as { framesMade: VideoFrame[] }).framesMade;
        return { made: made.length, open: made.filter((f) => f.format !== null).length };
      });
      console.info(`live leak check over ${LEAK_SECONDS} s: ${reply.frames} frames analysed (${reply.analysedFps.toFixed(1)}/s), ${reply.dropped} dropped; `
        + `worker tensors ${reply.workerTensorsBefore} -> ${reply.workerTensorsAfter}; page VideoFrames made ${frames.made}, open ${frames.open}; `
        + `worker frames left open ${reply.workerFramesLeftOpen}`);
      expect(reply.backend).toBe('wasm');
      expect(reply.frames).toBeGreaterThan(0);
      expect(reply.workerTensorsAfter).toBe(reply.workerTensorsBefore);
      expect(reply.workerFramesLeftOpen).toBe(0);
      expect(frames.made).toBeGreaterThan(reply.frames); // every analysed frame, and the dropped ones, were made here
      expect(frames.open).toBe(0);
      expect(gcWarnings).toEqual([]);
      await page.close();
    }, 90_000);
  });

  describe('with an empty room in front of the camera', () => {
    let emptyBrowser: Browser;
    beforeAll(async () => {
      const y4m = join(dir.path, 'empty.y4m');
      await emptyWallY4m(y4m);
      emptyBrowser = await launchChromium(fakeCameraFlags(y4m));
    }, 60_000);
    afterAll(async () => { await emptyBrowser?.close(); });

    it('says that no one is in view and how to fix it', async () => {
      const { page, foreign } = await openApp(emptyBrowser, server.url);
      await openGuestLiveSet(page);
      await expect.poll(() => page.getByTestId('notice').textContent(), { timeout: 30_000 })
        .toBe('No one is in view. Step back so the whole body, head to feet, is in the picture.');
      expect((await readCounts(page)).withPerson).toBe(0);
      expect(foreign).toEqual([]);
      await page.close();
    }, 60_000);
  });
});
