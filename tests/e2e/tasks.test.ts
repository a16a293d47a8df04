// End-to-end: the BUILT app in Chromium counts a task over a real video file and keeps the session in the real
// IndexedDB: a child profile is added, jumping jacks are picked, the clip is opened, the result reads 12 and the
// session appears in History (also after a reload); a therapist's correction of one mark is kept beside the engine's
// value (also after a reload); nothing leaves the page's origin.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';
import { startBuiltApp, type BuiltApp, type TempDir } from '../../src/cli/bench/chromium-app.ts';
import { guardRequests, type StaticServer } from '../../src/cli/browser.ts';
import { addChild, setMode } from '../../src/cli/bench/app-steps.ts';

const CLIP = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');
/** Jumping jacks in jj-white-wall.mp4, counted by eye (the engine's golden test uses the same number). */
const EXPECTED_JACKS = 12;
/** Where to save screenshots of the result for a person to look at; unset: none are taken. */
const SCREENSHOT_DIR = process.env.SPRINGBOARD_SCREENSHOTS;
const REASON = 'Hands met above the head on the video.';

/** Jack 1's mark of the first criterion in a result's grid (or its card, where the grid does not fit). */
const firstMarkOfJack1 = (within: Locator | Page) => within.locator('[data-testid="grade-cell"][data-index="0"]').first();

/**
 * Corrects jack 1's first criterion in the result just shown: an empty reason is refused with the records' own
 * sentence, then a reason saves it. Returns the engine's part of the corrected cell, e.g. "(engine 0)".
 */
async function correctFirstMarkOfJack1(page: Page): Promise<string> {
  const mark = firstMarkOfJack1(page.getByTestId('result'));
  const engine = await mark.getAttribute('data-engine');
  await mark.getByRole('button').click();
  await page.getByTestId('correction-value').selectOption(engine === '1' ? '0' : '1');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await expect.poll(() => page.getByTestId('correction-error').textContent()).toMatch(/^Say why the grade is changed/);
  await page.getByTestId('correction-reason').fill(REASON);
  await page.getByRole('button', { name: 'Save the correction' }).click();
  const engineText = `(engine ${engine === 'null' ? 'not scorable' : engine})`;
  await expect.poll(() => mark.textContent()).toContain(engineText);
  expect(await mark.getAttribute('class')).toContain('overridden');
  return engineText;
}

describe.skipIf(!clipsAvailable())('counting a task in the built app', () => {
  let app: BuiltApp;
  let dir: TempDir;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    app = await startBuiltApp('springboard-tasks-e2e-');
    ({ dir, server, browser } = app);
  }, 120_000);

  afterAll(async () => { await app?.close(); });

  it('counts 12 jumping jacks in a video file, keeps the session and a corrected mark in History, and requests nothing from other hosts', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const foreign = guardRequests(page, server.url);
    await page.goto(server.url);
    await setMode(page, 'therapist');
    const childHash = await addChild(page, 'Mia');
    await page.getByTestId('open-video').click();
    await page.getByTestId('task-picker').selectOption('jumping-jack');
    await page.getByTestId('file-input').setInputFiles(CLIP);
    await page.getByTestId('result-headline').waitFor({ timeout: 150_000 });
    expect(await page.getByTestId('result-headline').textContent()).toBe(`${EXPECTED_JACKS} jumping jacks`);
    await expect.poll(() => page.getByTestId('saved').textContent(), { timeout: 10_000 }).toBe('Saved in History.');
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, 'result-jumping-jacks.png'), fullPage: true });
    const engineText = await correctFirstMarkOfJack1(page);
    await page.getByRole('link', { name: 'Back to Mia' }).click();
    const row = page.getByTestId('history-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('data-task')).toBe('jumping-jack');
    expect(await row.getAttribute('data-status')).toBe('complete');
    expect(await row.textContent()).toContain(`${EXPECTED_JACKS} jumping jacks`); // the task's headline, as on the result screen
    // Saved in the browser's own IndexedDB: the session is still listed after a reload, and opening it shows the
    // therapist's correction beside the engine's value, with the reason in the audit trail.
    await page.reload();
    expect(await page.evaluate(() => location.hash)).toBe(childHash);
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(1);
    await page.getByTestId('history-row').getByRole('link', { name: /^Open/ }).click();
    const opened = page.getByTestId('opened-session');
    await expect.poll(() => firstMarkOfJack1(opened).textContent()).toContain(engineText);
    expect(await opened.getByTestId('audit-trail').textContent()).toContain(REASON);
    if (SCREENSHOT_DIR) await opened.locator('.table-wrap').nth(1).screenshot({ path: join(SCREENSHOT_DIR, 'criteria-with-override.png') });
    expect(foreign).toEqual([]);
    await page.close();
  }, 180_000);

  it('exports a backup file and refuses another app\'s file with the reason, changing nothing', async () => {
    const page = await browser.newPage();
    const foreign = guardRequests(page, server.url);
    await page.goto(server.url);
    // A new page is a new browser context with its own, empty IndexedDB: give it one child to keep.
    await addChild(page, 'Leo');
    await page.getByRole('link', { name: 'Children', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export a backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^springboard-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const other = join(dir.path, 'other-app.json');
    writeFileSync(other, JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'another-app', databaseVersion: 1, tables: [], data: [] } }));
    await page.getByTestId('backup-input').setInputFiles(other);
    await expect.poll(() => page.getByTestId('records-message').textContent())
      .toMatch(/^This file is not a Springboard backup .*Nothing was imported and your records are unchanged\.$/);
    expect(await page.getByTestId('child-row').allTextContents()).toEqual(['Leo']);
    expect(foreign).toEqual([]);
    await page.close();
  }, 60_000);
});
