// Steps of the app's screens that the browser tests, benches and screenshots take: add a child, keep a set under Guest, open a task's live
// set, switch the mode. Each waits for the screen it leads to.
import type { Page } from 'playwright-core';

/** Adds a child from the children list and waits for the child's screen; returns the child's address (hash). */
export async function addChild(page: Page, nickname: string): Promise<string> {
  await page.getByTestId('add-child').click();
  await page.getByTestId('child-nickname').fill(nickname);
  await page.getByTestId('save-child').click();
  await page.locator('[data-testid^=task-]').first().waitFor();
  return page.evaluate(() => location.hash);
}

/** From the children list (or the video screen), keeps what follows under Guest (made the first time). */
export async function useGuest(page: Page): Promise<void> {
  const make = page.getByTestId('use-guest');
  const guestRow = page.getByTestId('child-row').filter({ hasText: 'Guest' });
  const picker = page.getByTestId('child-picker');
  await make.or(guestRow).or(picker).first().waitFor({ timeout: 60_000 });
  if (await make.count() > 0) await make.click();
  else if (await guestRow.count() > 0) await guestRow.click();
  else await picker.selectOption('guest');
}

/** Goes to a screen by its address, keeping the page's query (?backend=...). */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => { location.hash = h; }, hash);
}

/** The recorded-video screen with Guest picked: ready for a file. */
export async function openVideoAsGuest(page: Page): Promise<void> {
  await goTo(page, '#/video');
  await useGuest(page);
  await page.locator('[data-testid=file-input]:not([disabled])').waitFor({ state: 'attached', timeout: 60_000 });
}

/** From a child's screen: the task's set-up, then the live set's screen (the camera starts with it). */
export async function openLiveSet(page: Page, taskId: string): Promise<void> {
  await page.getByTestId(`task-${taskId}`).click();
  await page.getByTestId('open-camera').click();
  await page.getByTestId('live-set').waitFor({ timeout: 60_000 });
}

/** The children list, with Guest picked (made the first time), then the live set of a task: the camera runs. */
export async function openGuestLiveSet(page: Page, taskId = 'jumping-jack'): Promise<void> {
  await goTo(page, '#/');
  await useGuest(page);
  await openLiveSet(page, taskId);
}

/** Leaves the live set before any trial (the camera stops). */
export async function leaveLiveSet(page: Page): Promise<void> {
  await page.getByTestId('leave-set').click();
}

export async function setMode(page: Page, mode: 'family' | 'therapist'): Promise<void> {
  const toggle = page.getByTestId('mode').first();
  if ((await toggle.getAttribute('data-mode')) !== mode) await toggle.click();
  await page.locator(`[data-testid=mode][data-mode=${mode}]`).waitFor();
}
