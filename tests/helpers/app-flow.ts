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
 * Opens a video file through the file path and returns the result's headline once it is analysed. A result already on
 * screen is marked first: the screen drops it while a file runs, so an unmarked headline is the new file's.
 */
export async function analyseVideo(page: Page, path: string, timeoutMs = 150_000): Promise<string> {
  await page.evaluate(() => { document.querySelector('[data-testid=result-headline]')?.setAttribute('data-previous', ''); });
  await page.getByTestId('file-input').setInputFiles(path);
  const headline = page.locator('[data-testid=result-headline]:not([data-previous])');
  await headline.waitFor({ timeout: timeoutMs });
  return (await headline.textContent()) ?? '';
}
