// The installed app works without a network: the BUILT app is visited once (its service worker installs and
// precaches the shell, the tfjs wasm binaries and MoveNet Lightning), then the server is stopped and the browser is
// cut off the network, and a reload still starts the app: a child is added and a video file is counted the same.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';
import { startBuiltApp, type BuiltApp } from '../../src/cli/bench/chromium-app.ts';
import type { StaticServer } from '../../src/cli/browser.ts';
import { addChild, analyseVideo, pickTask } from '../helpers/app-flow.ts';

const CLIP = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');
/** Jumping jacks in jj-white-wall.mp4, counted by eye (the same number as the online e2e and golden tests). */
const EXPECTED_JACKS = 12;

/** Waits for the service worker to be activated (Workbox activates only after every precache entry is stored). */
async function waitForOfflineInstall(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') {
      await new Promise<void>((ok) => registration.active?.addEventListener('statechange', () => { ok(); }));
    }
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
}

describe.skipIf(!clipsAvailable())('offline after the first visit (needs ../shared/clips)', () => {
  let app: BuiltApp;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    app = await startBuiltApp('springboard-offline-e2e-');
    ({ server, browser } = app);
  }, 180_000);

  afterAll(async () => { await context?.close(); await app?.close(); });

  it('says Thunder\'s download size before it is fetched, keeps it once used on the very first visit, and runs it offline', async () => {
    const own = await browser.newContext(); // its own, empty caches
    const page = await own.newPage();
    await page.goto(server.url);
    await waitForOfflineInstall(page);
    // No reload: the page is not controlled by the service worker yet, so the pose worker's download goes around it.
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await page.evaluate(() => { location.hash = '#/settings'; }); // the model picker is in the settings
    const thunder = page.getByLabel(/^Thunder/);
    expect(await page.locator('label', { has: thunder }).textContent()).toMatch(/a 12\.6 MB download the first time/);
    await thunder.check();
    await expect.poll(() => page.getByTestId('model').textContent(), { timeout: 120_000 }).toMatch(/thunder/);
    const thunderCached = () => page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('springboard-thunder-'));
      return (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat().sort();
    });
    await expect.poll(thunderCached, { timeout: 60_000 }).toEqual(['/models/movenet-thunder.bin', '/models/movenet-thunder.json']);
    // Offline, a new page (controlled now) loads Thunder from that cache.
    await own.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.evaluate(() => { location.hash = '#/settings'; });
    await page.getByLabel(/^Thunder/).check();
    await expect.poll(() => page.getByTestId('model').textContent(), { timeout: 120_000 }).toMatch(/thunder/);
    await own.close();
  }, 300_000);

  it('starts with the server stopped and the network cut, adds a child and counts 12 jumping jacks in a video file', async () => {
    context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
    const page = await context.newPage();
    await page.goto(server.url);
    const cached = await waitForOfflineInstall(page);
    expect(cached).toEqual(expect.arrayContaining(['/index.html', '/models/movenet-lightning.json', '/models/movenet-lightning.bin']));
    expect(cached.filter((p) => p.endsWith('.wasm')).length).toBeGreaterThanOrEqual(3); // the tfjs wasm binaries
    expect(cached.some((p) => p.includes('movenet-thunder'))).toBe(false); // cached on first use only
    await server.close();
    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await addChild(page, 'Mia');
    await pickTask(page, 'jumping-jack');
    expect(await analyseVideo(page, CLIP)).toBe(`${EXPECTED_JACKS} jumping jacks`);
    await expect.poll(() => page.getByTestId('saved').textContent(), { timeout: 10_000 }).toBe('Saved in History.');
  }, 300_000);
});
