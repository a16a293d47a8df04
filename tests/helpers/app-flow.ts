// The recorded-video steps of the playwright-driven browser tests (offline, any phone's video), on top of the screens'
// shared steps (src/cli/bench/app-steps.ts): add a child, pick the task on the recorded-video screen, open a file.
import type { Page } from 'playwright-core';
import { addChild as addChildFromList, goTo } from '../../src/cli/bench/app-steps.ts';

/** Adds a child profile from the children list; the child is then the one picked. */
export async function addChild(page: Page, nickname: string): Promise<void> {
  await addChildFromList(page, nickname);
}

/** The recorded-video screen with a task picked by its id (e.g. 'jumping-jack'). */
export async function pickTask(page: Page, taskId: string): Promise<void> {
  await goTo(page, '#/video');
  await page.getByTestId('task-picker').selectOption(taskId);
}

/**
 * Opens a video file through the file path and returns the result's headline once it is analysed. A result already on
 * screen is marked first: the screen drops it while a file runs, so an unmarked headline is the new file's.
 */
export async function analyseVideo(page: Page, path: string, timeoutMs = 150_000): Promise<string> {
  await page.evaluate(() => { document.querySelector('[data-testid=result-headline]')?.setAttribute('data-previous', ''); });
  await page.locator('[data-testid=file-input]:not([disabled])').waitFor({ state: 'attached', timeout: 60_000 });
  await page.getByTestId('file-input').setInputFiles(path);
  const headline = page.locator('[data-testid=result-headline]:not([data-previous])');
  await headline.waitFor({ timeout: timeoutMs });
  return (await headline.textContent()) ?? '';
}
