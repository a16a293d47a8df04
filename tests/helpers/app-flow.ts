// The app's flow steps for the playwright-driven browser tests, in one place: the screens are being rebuilt, and only
// these steps need to follow them. They use the stable data-testid hooks; where a hook of the new screens
// (add-child, save-child, task-<id>) is not on the page yet, the current screen's control is used.
import type { Page } from 'playwright-core';

/** Adds a child profile and waits until it can be picked. */
export async function addChild(page: Page, nickname: string): Promise<void> {
  const add = page.getByTestId('add-child');
  if (await add.count() > 0) await add.first().click();
  await page.getByTestId('child-nickname').fill(nickname);
  const save = page.getByTestId('save-child');
  await (await save.count() > 0 ? save : page.getByRole('button', { name: 'Save the profile' })).click();
  await page.locator('[data-testid=child-picker], [data-testid=child-row]').first().waitFor();
}

/** Picks a task by its id (e.g. 'jumping-jack'). */
export async function pickTask(page: Page, taskId: string): Promise<void> {
  const tile = page.getByTestId(`task-${taskId}`);
  if (await tile.count() > 0) await tile.first().click();
  else await page.getByTestId('task-picker').selectOption(taskId);
}

/**
 * Opens a video file through the file path and returns the result's headline once its set is saved (a child must be
 * picked): the saved row tells this result from the one a previous file left on screen.
 */
export async function analyseVideo(page: Page, path: string, timeoutMs = 150_000): Promise<string> {
  const rowsBefore = await page.getByTestId('history-row').count();
  await page.getByTestId('file-input').setInputFiles(path);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=history-row]').length > n, rowsBefore, { timeout: timeoutMs });
  return (await page.getByTestId('result-headline').textContent()) ?? '';
}
