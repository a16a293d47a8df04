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

const CLIP = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');
/** Jumping jacks in jj-white-wall.mp4, counted by eye (the engine's golden test uses the same number). */
const EXPECTED_JACKS = 12;
/**
 * Seconds the live camera holds the clip's first and last picture (the child standing still, labels.json: frames 0-12
 * and 297-312). Reason: the count starts with the first analysed frame, a few seconds after Start on a loaded machine,
 * and must start and stop in a still stretch to see exactly one pass of the clip's 12 jacks.
 */
const LIVE_HOLD_S = 4;
/**
 * Camera frame at which the live count stops: the hold before, the clip's 313 frames, then half the hold after, at the
 * clip's 29.29 fps. Reason: the middle of the still stretch between this pass's last jack and the next pass's first.
 */
const LIVE_STOP_FRAME = Math.round(LIVE_HOLD_S * 29.29) + 313 + Math.round((LIVE_HOLD_S / 2) * 29.29);

/** Starts the set and stops it once the looping camera has played one pass of the clip, held still at both ends. */
async function countOnePass(page: Page): Promise<string> {
  const startedMs = Date.now();
  await page.getByTestId('start-set').click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=counts]')?.getAttribute('data-frames')) >= 1,
    undefined, { timeout: LIVE_HOLD_S * 1000 });
  const firstFrameS = (Date.now() - startedMs) / 1000;
  // The camera's own frame count (cumulative from its first frame) says where in the file it is, load or not.
  await page.evaluate(`(() => {
    const video = document.querySelector('video');
    const count = (_now, meta) => { window.cameraPresented = meta.presentedFrames; video.requestVideoFrameCallback(count); };
    video.requestVideoFrameCallback(count);
  })()`);
  await page.waitForFunction((n) => Number((window as unknown as { cameraPresented?: number }).cameraPresented) >= n,
    LIVE_STOP_FRAME, { timeout: 60_000, polling: 100 });
  const liveCount = await page.getByTestId('rep-count').textContent();
  const analysed = await page.getByTestId('counts').getAttribute('data-frames');
  const dropped = await page.getByTestId('dropped').getAttribute('data-dropped');
  await page.getByTestId('end-set').click();
  const headline = await page.getByTestId('result-headline').textContent({ timeout: 30_000 });
  console.info(`live count: "${headline}" (counter showed ${liveCount}); first analysed frame ${firstFrameS.toFixed(1)} s after Start; `
    + `${analysed ?? '?'} frames analysed, ${dropped ?? '?'} dropped`);
  return headline ?? '';
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
      expect(await countOnePass(page)).toBe(`${EXPECTED_JACKS} jumping jacks`);
      expect(await page.getByTestId('set-summary').getAttribute('data-count')).toBe(String(EXPECTED_JACKS));
      await expect.poll(() => page.getByTestId('saved').textContent(), { timeout: 10_000 }).toBe('Saved in History.');
      expect(await page.getByTestId('result').getAttribute('data-mode')).toBe(mode);
      await page.getByRole('link', { name: 'Back to Mia' }).click();
      await expect.poll(() => page.getByTestId('history-row').count()).toBe(1);
      expect(await page.getByTestId('history-row').textContent()).toContain(`${EXPECTED_JACKS} jumping jacks`);
      // The recorded-video path on the same clip: the same count on the same result screen, listed too.
      await page.getByTestId('open-video').click();
      expect(await page.getByTestId('task-picker').inputValue()).toBe('jumping-jack');
      await page.getByTestId('file-input').setInputFiles(CLIP);
      await page.getByTestId('set-summary').waitFor({ timeout: 240_000 });
      expect(await page.getByTestId('set-summary').getAttribute('data-count')).toBe(String(EXPECTED_JACKS));
      expect(await page.getByTestId('result-headline').textContent()).toBe(`${EXPECTED_JACKS} jumping jacks`);
      await expect.poll(() => page.getByTestId('saved').textContent(), { timeout: 10_000 }).toBe('Saved in History.');
      await page.goto(`${app.server.url}/${childHash}`);
      await expect.poll(() => page.getByTestId('history-row').count(), { timeout: 10_000 }).toBe(2);
      expect(foreign).toEqual([]);
      await context.close();
    }, 420_000);
  }
});
