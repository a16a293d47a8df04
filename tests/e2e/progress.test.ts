// The progress view and the review report in the built app (headless Chromium, real IndexedDB): two years of weekly
// sessions of every task, imported through the app's backup button; every chart drew with one point per session in
// the range; the report prints (A4 PDF) with a section per task and no controls. Then two real clips analysed for a
// new child through the video-file flow become two points on that task's chart, and one saved session prints alone.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TASK_IDS, TASKS } from '../../src/analysis/index.ts';
import { startBuiltApp, type BuiltApp, type TempDir } from '../../src/cli/bench/chromium-app.ts';
import { drawnCharts, openWithHistory } from '../../src/cli/bench/progress-app.ts';
import { historyBackup, type HistoryBackup } from '../../src/cli/bench/progress-history.ts';
import type { StaticServer } from '../../src/cli/browser.ts';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';
import { addChild, setMode } from '../../src/cli/bench/app-steps.ts';

const run = promisify(execFile);
/**
 * Fewest non-transparent pixels of a drawn chart. Reason: axes, ticks and labels alone ink a few thousand pixels of
 * a 300x240 canvas; an undrawn canvas has none. The point is "it drew", not what.
 */
const MIN_INK_PIXELS = 1000;

/** Sessions per task whose local day is on or after the first day of the last `months` months. */
function expectedInLastMonths(backup: HistoryBackup, months: number): Map<string, number> {
  const from = new Date();
  from.setMonth(from.getMonth() - months);
  from.setDate(from.getDate() + 1);
  from.setHours(0, 0, 0, 0);
  const counts = new Map<string, number>();
  for (const s of backup.sessions) if (s.info.startedAtMs >= from.getTime()) counts.set(s.info.task, (counts.get(s.info.task) ?? 0) + 1);
  return counts;
}

async function pdfText(page: Page, dir: string, name: string): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  await writeFile(path, await page.pdf({ format: 'A4', printBackground: true }));
  // Reading order without layout, whitespace folded: a table cell's words stay together.
  return (await run('pdftotext', [path, '-'], { maxBuffer: 32 << 20 })).stdout.replace(/\s+/g, ' ');
}

describe('progress charts and the review report in Chromium', () => {
  let app: BuiltApp;
  let dir: TempDir;
  let server: StaticServer;
  let browser: Browser;
  let backup: HistoryBackup;

  beforeAll(async () => {
    [backup, app] = await Promise.all([historyBackup(), startBuiltApp('springboard-progress-')]);
    ({ dir, server, browser } = app);
  }, 240_000);

  afterAll(async () => { await app?.close(); });

  it('draws every chart of two years of every task, one point per session in the range', async () => {
    const page = await openWithHistory(browser, server.url, backup);
    const all = new Map<string, number>();
    for (const s of backup.sessions) all.set(s.info.task, (all.get(s.info.task) ?? 0) + 1);
    await page.getByTestId('open-progress').click();
    await page.locator('canvas[data-testid=progress-chart]').first().waitFor();
    const charts = await drawnCharts(page);
    expect(new Set(charts.map((c) => c.task))).toEqual(new Set(TASK_IDS));
    for (const c of charts) {
      expect(c.points, `${c.task} ${c.metric}`).toBe(all.get(c.task));
      expect(c.inkPixels, `${c.task} ${c.metric}`).toBeGreaterThan(MIN_INK_PIXELS);
    }
    await page.getByTestId('progress-range').locator('select').selectOption('3m');
    const recent = expectedInLastMonths(backup, 3);
    await expect.poll(async () => (await drawnCharts(page)).every((c) => c.points === recent.get(c.task))).toBe(true);
    expect((await drawnCharts(page)).every((c) => c.inkPixels > MIN_INK_PIXELS)).toBe(true);
    expect(await page.getByTestId('family-box').textContent()).toMatch(/personal bests/);
    await page.context().close();
  }, 120_000);

  it('prints the review report on A4 with a section for every task and no controls', async () => {
    const page = await openWithHistory(browser, server.url, backup);
    await page.getByTestId('history-report').click();
    await page.getByTestId('review-report').waitFor();
    const sections = await page.getByTestId('report-task').evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
    expect(new Set(sections)).toEqual(new Set(TASK_IDS));
    const text = await pdfText(page, dir.path, 'report');
    for (const t of TASKS) expect(text, t.title).toContain(`${t.title}: summary`);
    expect(text).toContain('Review of Mia');
    // The session list is laid out only when seen (content-visibility), yet it is on paper, notes included.
    expect(text).toContain('Every session in these dates');
    expect(text).toContain('Tired after school; new trainers.');
    // On screen the charts are drawn at the screen's ratio; for print they are redrawn at 3 device pixels per CSS pixel.
    const ratio = `[...document.querySelectorAll('[data-testid=review-report] canvas')].map((c) => Math.round(c.width / c.clientWidth))`;
    expect(new Set(await page.evaluate<number[]>(`dispatchEvent(new Event('beforeprint')); ${ratio}`))).toEqual(new Set([3]));
    expect(new Set(await page.evaluate<number[]>(`dispatchEvent(new Event('afterprint')); ${ratio}`))).toEqual(new Set([1]));
    expect(await page.getByTestId('report-sessions').textContent()).toMatch(/Item score \d+ of \d+, engine \d+/);
    for (const control of ['Print or save as PDF', 'Export a backup', 'Start camera', 'Back to Mia']) expect(text).not.toContain(control);
    await page.context().close();
  }, 120_000);

  it.skipIf(!clipsAvailable())('shows two clips analysed for a new child as two points, and prints one session alone', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await setMode(page, 'therapist');
    const childHash = await addChild(page, 'Noa');
    await page.getByTestId('open-video').click();
    await page.getByTestId('task-picker').selectOption('jumping-jack');
    for (const clip of ['jj-studio-caption.mp4', 'jj-white-wall.mp4']) {
      await page.getByTestId('file-input').setInputFiles(join(CLIPS_DIR, 'jumping-jacks', clip));
      await page.getByText('The video is analysed').waitFor({ timeout: 240_000 });
      await expect.poll(() => page.getByTestId('saved').textContent(), { timeout: 30_000 }).toBe('Saved in History.');
    }
    await page.goto(`${server.url}/${childHash}`);
    await expect.poll(() => page.getByTestId('history-row').count(), { timeout: 30_000 }).toBe(2);
    await page.getByTestId('open-progress').click();
    const canvas = page.locator('canvas[data-testid=progress-chart][data-task=jumping-jack][data-metric=count]');
    await expect.poll(() => canvas.getAttribute('data-points')).toBe('2');
    expect((await drawnCharts(page)).every((c) => c.task === 'jumping-jack' && c.inkPixels > MIN_INK_PIXELS)).toBe(true);
    await page.getByRole('button', { name: 'Back to Noa' }).click();
    await page.getByRole('link', { name: /^Open the session of/ }).first().click();
    await page.getByTestId('opened-session').waitFor();
    const marks = await page.locator('[data-testid=opened-session] [data-testid=grade-cell]').count();
    const text = await pdfText(page, dir.path, 'session');
    // The whole criteria grid is on paper: as many marks as the screen's grid (12 jacks x 5 criteria here).
    expect(marks).toBe(60);
    expect(text.slice(text.indexOf('Criteria (1 met')).match(/[01] ?[✓✗]|not scorable/g)?.length).toBe(marks);
    for (const control of ['Start camera', 'Export a backup', 'History', 'Close this session']) expect(text).not.toContain(control);
    await context.close();
  }, 600_000);
});
