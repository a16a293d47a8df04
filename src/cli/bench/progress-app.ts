// Drives the built app for the progress test, benchmarks and screenshots: imports a history backup through the app's
// own "Import a backup" button, opens the progress view or the report, and reads back what the charts drew.
import type { Browser, Page } from 'playwright-core';
import type { HistoryBackup } from './progress-history.ts';

/** Opens the app in a fresh browser context (its own empty IndexedDB), imports the backup and opens the child's screen. */
export async function openWithHistory(browser: Browser, url: string, backup: HistoryBackup, viewport = { width: 1200, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('backup-input').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await page.getByRole('button', { name: 'Import it' }).click({ timeout: 60_000 });
  await page.getByText('The backup is imported').waitFor({ timeout: 60_000 });
  await page.getByTestId('child-row').first().click();
  await page.getByTestId('history-row').first().waitFor({ timeout: 60_000 });
  return page;
}

export interface DrawnChart {
  readonly task: string;
  readonly metric: string;
  readonly points: number;
  /** Pixels of the canvas that are not fully transparent. */
  readonly inkPixels: number;
}

// The page-side code is passed as text: tsx (the bench runner) wraps named functions in a __name helper that does
// not exist in the page, so nothing here may be a function that the Node-side compiler rewrites.

/** Every progress chart on the page with how much it drew. */
export function drawnCharts(page: Page): Promise<DrawnChart[]> {
  return page.evaluate(`[...document.querySelectorAll('canvas[data-testid=progress-chart]')].map((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
    return { task: c.dataset.task ?? '', metric: c.dataset.metric ?? '', points: Number(c.dataset.points), inkPixels: ink };
  })`);
}

/**
 * Clicks a button and measures, in the page, the time until `expected` chart canvases have drawn (each is marked
 * data-drawn once Chart.js has drawn it, synchronously: animation is off) and a frame has been painted after them.
 */
export function clickUntilCharts(page: Page, testId: string, expected: number): Promise<number> {
  return page.evaluate(`(async () => {
    const t0 = performance.now();
    document.querySelector('[data-testid="${testId}"]').click();
    await new Promise((done) => {
      const check = () => (document.querySelectorAll('canvas[data-testid=progress-chart][data-drawn]').length >= ${expected} ? done() : requestAnimationFrame(check));
      check();
    });
    await new Promise((done) => requestAnimationFrame(done));
    return performance.now() - t0;
  })()`);
}
