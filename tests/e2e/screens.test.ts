// Layout of every screen in the BUILT app (headless Chromium, the synthetic two-year history imported): at 390 px
// wide (a phone held upright) no screen scrolls sideways, and at 1280 px neither. With ../shared/clips present the live
// set is looked at with the fake webcam running; without, its screen before the start.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN_SIZES, visitScreens } from '../../src/cli/app-screens.ts';
import { fakeWebcamY4m, startBuiltApp, type BuiltApp } from '../../src/cli/bench/chromium-app.ts';
import { historyBackup, type HistoryBackup } from '../../src/cli/bench/progress-history.ts';
import { fakeCameraFlags, launchChromium } from '../../src/cli/browser.ts';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';

/** The screens visitScreens walks through (a screen it fails to reach fails the test on its own). */
const SCREENS = ['children', 'add-child', 'child', 'setup', 'live', 'result-therapist', 'result-family', 'video', 'settings', 'progress'];

describe('every screen fits the width of a phone and of a laptop', () => {
  let app: BuiltApp;
  let browser: Browser;
  let backup: HistoryBackup;
  const camera = clipsAvailable();

  beforeAll(async () => {
    [backup, app] = await Promise.all([historyBackup(), startBuiltApp('springboard-screens-')]);
    const y4m = join(app.dir.path, 'camera.y4m');
    if (camera) await fakeWebcamY4m(join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4'), y4m);
    browser = await launchChromium(camera ? fakeCameraFlags(y4m) : []);
  }, 240_000);

  afterAll(async () => { await browser?.close(); await app?.close(); });

  for (const size of SCREEN_SIZES) {
    it(`no screen scrolls sideways at ${size.width} px`, async () => {
      const widths = new Map<string, number>();
      await visitScreens(browser, app.server.url, backup, size, async (page, name) => {
        widths.set(name, await page.evaluate(() => document.documentElement.scrollWidth));
      }, { camera });
      expect([...widths.keys()]).toEqual(SCREENS);
      const tooWide = [...widths].filter(([, w]) => w > size.width);
      expect(tooWide, `screens wider than ${size.width} px`).toEqual([]);
    }, 300_000);
  }
});
