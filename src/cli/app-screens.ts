// Walks the built app through each of its screens at a given width, for the screenshots (npm run screenshots) and
// the layout test (no screen scrolls sideways at 390 px): the children list, adding a child, a child's screen, a
// task's set-up, the live set (the fake webcam's picture when the browser has one), a saved session's result in
// therapist and family mode, the recorded-video screen, settings, and the progress charts.
import type { Browser, Page } from 'playwright-core';
import { openWithHistory } from './bench/progress-app.ts';
import type { HistoryBackup } from './bench/progress-history.ts';
import { setMode } from './bench/app-steps.ts';

/** The widths every screen is looked at: a phone held upright, and a laptop. */
export const SCREEN_SIZES = [{ width: 390, height: 844 }, { width: 1280, height: 900 }] as const;

export type ScreenVisit = (page: Page, name: string) => Promise<void>;

async function go(page: Page, hash: string, ready: string): Promise<void> {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.locator(ready).first().waitFor({ state: 'attached', timeout: 60_000 });
}


/**
 * Opens the app at `size` with the synthetic history imported and calls `visit` on each screen once it is drawn.
 * `camera`: the browser has a fake webcam, so the live set is looked at with the picture running.
 */
export async function visitScreens(browser: Browser, url: string, backup: HistoryBackup, size: { width: number; height: number },
  visit: ScreenVisit, options: { readonly camera?: boolean } = {}): Promise<void> {
  const page = await openWithHistory(browser, url, backup, size);
  try {
    const childHash = (await page.evaluate(() => location.hash));
    const childId = decodeURIComponent(childHash.split('/')[2] ?? '');
    await go(page, '#/', '[data-testid=child-row]');
    await visit(page, 'children');
    await go(page, '#/children/new', '[data-testid=child-nickname]');
    await visit(page, 'add-child');
    await go(page, childHash, '[data-testid=history-row]');
    await visit(page, 'child');
    await go(page, `${childHash}/tasks/jumping-jack`, '[data-testid=open-camera]');
    await visit(page, 'setup');
    await go(page, `${childHash}/tasks/jumping-jack/live`, '[data-testid=start-set]');
    if (options.camera) {
      await page.waitForFunction(() => Number(document.querySelector('[data-testid=counts]')?.getAttribute('data-with-person')) >= 3, undefined, { timeout: 60_000 });
      await page.locator('[data-testid=setup-check][data-state=ready]').waitFor({ timeout: 60_000 });
    }
    await visit(page, 'live');
    await page.getByTestId('leave-set').click();
    // The newest two-foot-jump set: a criteria grid with the therapist's correction (progress-history.ts).
    await go(page, childHash, '[data-testid=history-row]');
    const session = page.locator('[data-testid=history-row][data-task=two-foot-jump] a').first();
    await session.click();
    await setMode(page, 'therapist');
    await page.getByTestId('result-headline').waitFor();
    await visit(page, 'result-therapist');
    await setMode(page, 'family');
    await page.getByTestId('celebration').waitFor();
    await visit(page, 'result-family');
    await go(page, '#/video', '[data-testid=file-input]');
    await visit(page, 'video');
    await go(page, '#/settings', '.model-picker');
    await visit(page, 'settings');
    await go(page, `#/children/${encodeURIComponent(childId)}/progress`, 'canvas[data-testid=progress-chart][data-drawn]');
    await visit(page, 'progress');
  } finally {
    await page.context().close();
  }
}
