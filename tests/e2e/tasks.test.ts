// End-to-end: the BUILT app in Chromium counts a task over a real video file and keeps the session in the real
// IndexedDB: a child profile is added, jumping jacks are picked, the clip is opened, the result reads 12 and the
// session appears in History (also after a reload); nothing leaves the page's origin.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';
import { buildApp, tempDir, type TempDir } from '../../src/cli/bench/chromium-app.ts';
import { guardRequests, launchChromium, serveDir, type StaticServer } from '../helpers/browser.ts';

const CLIP = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');
/** Jumping jacks in jj-white-wall.mp4, counted by eye (the engine's golden test uses the same number). */
const EXPECTED_JACKS = 12;
/** Where to save screenshots of the result for a person to look at; unset: none are taken. */
const SCREENSHOT_DIR = process.env.SPRINGBOARD_SCREENSHOTS;

describe.skipIf(!clipsAvailable())('counting a task in the built app', () => {
  let dir: TempDir;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = await tempDir('springboard-tasks-e2e-');
    await buildApp(join(dir.path, 'dist'));
    server = await serveDir(join(dir.path, 'dist'));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await dir?.remove();
  });

  it('counts 12 jumping jacks in a video file, keeps the session in History, and requests nothing from other hosts', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const foreign = guardRequests(page, server.url);
    await page.goto(server.url);
    await page.getByTestId('child-nickname').fill('Mia');
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await page.getByTestId('child-picker').waitFor();
    await page.getByTestId('task-picker').selectOption('jumping-jack');
    await page.getByTestId('file-input').setInputFiles(CLIP);
    await page.getByTestId('result-headline').waitFor({ timeout: 150_000 });
    expect(await page.getByTestId('result-headline').textContent()).toBe(`${EXPECTED_JACKS} jumping jacks`);
    await expect.poll(() => page.getByTestId('saved').textContent(), { timeout: 10_000 }).toBe('Saved in History.');
    const row = page.getByTestId('history-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('data-task')).toBe('jumping-jack');
    expect(await row.getAttribute('data-status')).toBe('complete');
    expect(await row.textContent()).toContain(`${EXPECTED_JACKS} counted`);
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, 'result-jumping-jacks.png'), fullPage: true });
    // Saved in the browser's own IndexedDB: the session is still listed after a reload.
    await page.reload();
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(1);
    expect(foreign).toEqual([]);
    await page.close();
  }, 180_000);

  it('exports a backup file and refuses another app\'s file with the reason, changing nothing', async () => {
    const page = await browser.newPage();
    const foreign = guardRequests(page, server.url);
    await page.goto(server.url);
    // A new page is a new browser context with its own, empty IndexedDB: give it one child to keep.
    await page.getByTestId('child-nickname').fill('Leo');
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await page.getByTestId('child-picker').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export a backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^springboard-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const other = join(dir.path, 'other-app.json');
    writeFileSync(other, JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'another-app', databaseVersion: 1, tables: [], data: [] } }));
    await page.getByTestId('backup-input').setInputFiles(other);
    await expect.poll(() => page.getByTestId('records-message').textContent())
      .toMatch(/^This file is not a Springboard backup .*Nothing was imported and your records are unchanged\.$/);
    expect(await page.getByTestId('child-picker').locator('option').allTextContents()).toEqual(['Leo']);
    expect(foreign).toEqual([]);
    await page.close();
  }, 60_000);
});
