// Bench group 'progress' (issue 12): in the BUILT app in headless Chromium, with two years of weekly sessions of every
// task imported (875 sessions), the time from a click to every chart drawn, for the progress view and the report.
import type { Page } from 'playwright-core';
import { startBuiltApp } from './chromium-app.ts';
import { clickUntilCharts, openWithHistory } from './progress-app.ts';
import { historyBackup } from './progress-history.ts';
import { median, type BenchGroup, type BenchResult } from './types.ts';

/** Timed opens after one untimed warm-up (the first open also compiles the page's code paths). */
const RUNS = 5;
/** Targets from issue 12, ms. */
const PROGRESS_TARGET_MS = 500;
const REPORT_TARGET_MS = 1000;

async function timeOpens(page: Page, button: string): Promise<number[]> {
  const back = () => page.getByRole('button', { name: /^Back to / }).click();
  await page.getByTestId(button).click();
  await page.locator('canvas[data-testid=progress-chart]').first().waitFor({ timeout: 60_000 });
  const charts = await page.locator('canvas[data-testid=progress-chart]').count();
  await back();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await clickUntilCharts(page, button, charts));
    await back();
  }
  return runs;
}

const group: BenchGroup = {
  name: 'progress',
  async run() {
    const [backup, app] = await Promise.all([historyBackup(), startBuiltApp('springboard-progress-bench-')]);
    const { server, browser } = app;
    try {
      const page = await openWithHistory(browser, server.url, backup);
      const note = (what: string, target: number) => `${what}; ${backup.sessions.length} sessions of 7 tasks over 104 weeks, range "All"; `
        + `click to every chart drawn, median of ${RUNS} after a warm-up; headless Chromium, no GPU; target < ${target}`;
      const progress = await timeOpens(page, 'history-progress');
      const report = await timeOpens(page, 'history-report');
      const results: BenchResult[] = [
        { name: 'progress.open-2y-history.ms.chromium', value: median(progress), unit: 'ms', note: note('progress view', PROGRESS_TARGET_MS) },
        { name: 'report.render-2y-history.ms.chromium', value: median(report), unit: 'ms', note: note('review report', REPORT_TARGET_MS) },
      ];
      return results;
    } finally {
      await app.close();
    }
  },
};

export default group;
