// The whole flow in the BUILT app, in both modes (headless Chromium, real IndexedDB, a real clip as the fake webcam):
// a child is added, jumping jacks are chosen, the live set counts the clip's 12 jacks and is saved and listed in the
// child's History; the same clip opened on the recorded-video screen gives the same count on the same result screen.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';
import { fakeWebcamY4m, startBuiltApp, type BuiltApp } from '../../src/cli/bench/chromium-app.ts';
import { fakeCameraFlags, guardRequests, launchChromium } from '../../src/cli/browser.ts';
import { addChild, openLiveSet, setMode } from '../../src/cli/bench/app-steps.ts';
import { expectLiveCount } from '../helpers/live-count.ts';

const CLIP = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');
/** Jumping jacks in jj-white-wall.mp4, counted by eye (the engine's golden test uses the same number). */
const EXPECTED_JACKS = 12;
/**
 * Seconds the live camera holds the clip's first and last picture (the child standing still, labels.json: frames 0-12
 * and 297-312). Reason: a counted trial starts after the setup check has held 1 s and the 3 s countdown, and must start
 * and stop in a still stretch to see exactly one pass of the clip's 12 jacks; 10 s leaves room on a loaded machine.
 */
const LIVE_HOLD_S = 10;
/** The clip's frame rate (ffprobe) and length in frames; the fake camera plays the file at that rate, looping. */
const CLIP_FPS = 29.29;
const CLIP_FRAMES = 313;
const HOLD_FRAMES = Math.round(LIVE_HOLD_S * CLIP_FPS);
/** Camera frames in one loop of the held clip: hold, clip, hold. */
const LOOP_FRAMES = 2 * HOLD_FRAMES + CLIP_FRAMES;
/**
 * A trial is started only while the loop is in its first third of the opening hold. Reason: the check's 1 s and the
 * 3 s countdown (~120 frames) then end before the clip's first jack at HOLD_FRAMES.
 */
const START_BEFORE_FRAME = Math.round(HOLD_FRAMES / 3);
/** Where in the loop the count stops: the middle of the closing hold, after this pass's last jack. */
const STOP_AT_FRAME = HOLD_FRAMES + CLIP_FRAMES + Math.round(HOLD_FRAMES / 2);

const loopFrame = (page: Page) => page.evaluate(() => (window as unknown as { cameraPresented?: number }).cameraPresented ?? -1);

/** Counts the camera's presented frames on the page (cumulative from its first frame, load or not). */
async function watchCameraFrames(page: Page): Promise<void> {
  await page.locator('[data-testid=live-video]').waitFor();
  await page.evaluate(`(() => {
    const video = document.querySelector('[data-testid=live-video]');
    const count = (_now, meta) => { window.cameraPresented = meta.presentedFrames; video.requestVideoFrameCallback(count); };
    video.requestVideoFrameCallback(count);
  })()`);
}

/** Waits for the setup check to be ready and starts a trial, then waits out the countdown. */
async function startTrial(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('setup-check').getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
  await page.getByTestId('start-set').click();
  await page.waitForSelector('[data-testid=live-set][data-phase=running]', { timeout: 20_000 });
}

const framesAnalysed = async (page: Page) => Number(await page.getByTestId('counts').getAttribute('data-frames'));

/**
 * One trial over exactly one pass of the clip: started early in the opening hold, stopped in the closing one. Gives
 * the count shown and the frames analysed a second over the trial.
 */
async function countOnePass(page: Page): Promise<{ count: number; analysedFps: number }> {
  await page.waitForFunction((n) => {
    const f = (window as unknown as { cameraPresented?: number }).cameraPresented;
    return f !== undefined && f % n[0]! < n[1]!;
  }, [LOOP_FRAMES, START_BEFORE_FRAME], { timeout: 90_000, polling: 50 });
  const startedAt = await loopFrame(page);
  await startTrial(page);
  const [frames0, t0] = [await framesAnalysed(page), Date.now()];
  const loopStart = startedAt - (startedAt % LOOP_FRAMES);
  await page.waitForFunction((n) => Number((window as unknown as { cameraPresented?: number }).cameraPresented) >= n,
    loopStart + STOP_AT_FRAME, { timeout: 60_000, polling: 100 });
  const liveCount = (await page.getByTestId('rep-count').textContent()) ?? '';
  const [frames1, t1] = [await framesAnalysed(page), Date.now()];
  const dropped = await page.getByTestId('dropped').getAttribute('data-dropped');
  await page.getByTestId('end-set').click();
  const analysedFps = (1000 * (frames1 - frames0)) / (t1 - t0);
  console.info(`live count ${liveCount} (trial started at loop frame ${startedAt % LOOP_FRAMES}); ${frames1} frames analysed, `
    + `${analysedFps.toFixed(1)} a second over the trial, ${dropped ?? '?'} dropped`);
  expect(liveCount).toMatch(/^\d+$/);
  return { count: Number(liveCount), analysedFps };
}

/** A short trial (the practice, or a trial not measured here): started when ready, stopped after a second. */
async function shortTrial(page: Page): Promise<void> {
  await startTrial(page);
  await page.waitForTimeout(1000);
  await page.getByTestId('end-set').click();
}

describe.skipIf(!clipsAvailable())('the whole flow, live and from a recorded video (needs ../shared/clips)', () => {
  let app: BuiltApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startBuiltApp('springboard-flow-e2e-');
    const y4m = join(app.dir.path, 'held.y4m');
    await fakeWebcamY4m(CLIP, y4m, LIVE_HOLD_S);
    browser = await launchChromium(fakeCameraFlags(y4m));
  }, 180_000);

  afterAll(async () => { await browser?.close(); await app?.close(); });

  for (const mode of ['family', 'therapist'] as const) {
    it(`${mode} mode: a child is added, the live set counts 12 jumping jacks and is saved and listed; the video gives the same count`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const foreign = guardRequests(page, app.server.url);
      await page.goto(app.server.url);
      await setMode(page, mode);
      const childHash = await addChild(page, 'Mia');
      await openLiveSet(page, 'jumping-jack');
      await watchCameraFrames(page);
      let live: { count: number; analysedFps: number };
      if (mode === 'therapist') {
        // The test protocol: the demonstration, a practice try, then two scored trials; the second is measured.
        await page.getByTestId('demo-done').click();
        await shortTrial(page);
        await shortTrial(page);
        live = await countOnePass(page);
        await page.waitForSelector('[data-testid=live-set][data-phase=done]');
        await page.getByTestId('see-result').click();
      } else {
        live = await countOnePass(page);
      }
      // Exact at 15 analysed frames a second or more (the rule and its source: tests/helpers/live-count.ts).
      expectLiveCount(live.count, EXPECTED_JACKS, live.analysedFps);
      const counted = live.count;
      expect(await page.getByTestId('result-headline').textContent({ timeout: 30_000 })).toMatch(new RegExp(`^${counted} jumping jacks?$`));
      expect(await page.getByTestId('set-summary').getAttribute('data-count')).toBe(String(counted));
      await expect.poll(() => page.getByTestId('saved').textContent(), { timeout: 10_000 }).toBe('Saved in History.');
      expect(await page.getByTestId('result').getAttribute('data-mode')).toBe(mode);
      await page.getByRole('link', { name: 'Back to Mia' }).click();
      const liveSets = mode === 'therapist' ? 2 : 1; // the practice is not saved
      await expect.poll(() => page.getByTestId('history-row').count()).toBe(liveSets);
      expect(await page.getByTestId('history-row').first().textContent()).toContain(`${counted} jumping jack`);
      // The recorded-video path on the same clip: the same count on the same result screen, listed too.
      await page.getByTestId('open-video').click();
      expect(await page.getByTestId('task-picker').inputValue()).toBe('jumping-jack');
      await page.getByTestId('file-input').setInputFiles(CLIP);
      await page.getByTestId('set-summary').waitFor({ timeout: 240_000 });
      expect(await page.getByTestId('set-summary').getAttribute('data-count')).toBe(String(EXPECTED_JACKS));
      expect(await page.getByTestId('result-headline').textContent()).toBe(`${EXPECTED_JACKS} jumping jacks`);
      await expect.poll(() => page.getByTestId('saved').textContent(), { timeout: 10_000 }).toBe('Saved in History.');
      await page.goto(`${app.server.url}/${childHash}`);
      await expect.poll(() => page.getByTestId('history-row').count(), { timeout: 10_000 }).toBe(liveSets + 1);
      expect(foreign).toEqual([]);
      await context.close();
    }, 420_000);
  }
});
