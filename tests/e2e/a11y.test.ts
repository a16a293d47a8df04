// Accessibility of the BUILT app (headless Chromium): axe-core, injected into the page, finds no violation of any
// impact on any screen (the same walk as the layout test, at 390 px) and each screen has exactly one h1; every control
// a finger presses is at least 44 x 44 CSS px on every screen at both sizes; and the recorded-video path is done with
// the keyboard alone, from adding a child (its birth date one Tab stop) to the clip's count of jumping jacks.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN_SIZES, visitScreens } from '../../src/cli/app-screens.ts';
import { fakeWebcamY4m, startBuiltApp, type BuiltApp } from '../../src/cli/bench/chromium-app.ts';
import { historyBackup, type HistoryBackup } from '../../src/cli/bench/progress-history.ts';
import { fakeCameraFlags, launchChromium } from '../../src/cli/browser.ts';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';

const CLIP = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');
/** jj-white-wall's ground truth (../shared/clips/labels.json). */
const EXPECTED_JACKS = 12;
/** The most Tab presses to reach one control: more means the order is broken or the control is not a Tab stop. */
const MAX_TABS = 60;
/**
 * The smallest target a finger presses, in CSS px per side. Source: WCAG 2.2 SC 2.5.5 Target Size (Enhanced), 44 x 44,
 * which issue 15 asks for (the AA minimum, 2.5.8, is 24). Reason: a child or a parent taps the app on a phone or a
 * tablet, often standing and across the room from the camera; a small target is missed or hits its neighbour.
 * Links inline in running text are exempt (2.5.5's "inline" exception): their size is set by the line of text.
 */
const MIN_TARGET_PX = 44;

interface Violation { readonly id: string; readonly impact: string | null; readonly help: string; readonly targets: string[] }

async function axeViolations(page: Page, axeSource: string): Promise<Violation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self') rightly refuses an
  // inline <script> (page.addScriptTag), and the test must not weaken the policy it checks the app under.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type AxeNode = { target: unknown[] };
    type AxeResult = { id: string; impact: string | null; help: string; nodes: AxeNode[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeResult[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * Every visible control a finger presses that is smaller than `minPx` on a side, as "what (w x h)". A checkbox, a radio
 * or a visually hidden file input is pressed through its label, so the label is measured; a link inside a paragraph
 * is running text (exempt) unless it is styled as a button.
 */
async function smallTargets(page: Page, minPx: number): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = 'button, a[href], input, select, textarea, summary, [role=button]';
    const found: string[] = [];
    const seen = new Set<Element>();
    for (const control of document.querySelectorAll<HTMLElement>(selector)) {
      if (control.matches('a:not(.button)') && control.closest('p')) continue;
      const pressedThroughLabel = control instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(control.type);
      const target = (pressedThroughLabel && control.closest('label')) || control;
      if (seen.has(target)) continue;
      seen.add(target);
      const style = getComputedStyle(target);
      const box = target.getBoundingClientRect();
      // Not drawn (display:none, inside [hidden] or a closed <details>), invisible, or a visually hidden stand-in.
      if (target.getClientRects().length === 0 || style.visibility === 'hidden' || box.width <= 1 || box.height <= 1) continue;
      if (box.width >= min - 0.5 && box.height >= min - 0.5) continue;
      const id = target.getAttribute('data-testid') ?? target.className;
      const text = (target.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30) || target.getAttribute('aria-label') || (target as HTMLInputElement).type || '';
      found.push(`${target.tagName.toLowerCase()}${id ? `[${String(id)}]` : ''} "${text}" (${Math.round(box.width)} x ${Math.round(box.height)})`);
    }
    return found;
  }, minPx);
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after MAX_TABS presses. */
async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${selector} was not reached in ${MAX_TABS} presses of ${key}`);
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

/** With a focused <select>, moves with the arrow keys to the option `value`. */
async function arrowToOption(page: Page, value: string): Promise<void> {
  await page.keyboard.press('Home');
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await page.evaluate((v) => (document.activeElement as HTMLSelectElement | null)?.value === v, value)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option ${value} was not reached with the arrow keys`);
}

describe('accessibility', () => {
  let app: BuiltApp;
  let browser: Browser;
  let backup: HistoryBackup;
  let axeSource: string;
  const camera = clipsAvailable();

  beforeAll(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    [backup, app] = await Promise.all([historyBackup(), startBuiltApp('springboard-a11y-')]);
    const y4m = join(app.dir.path, 'camera.y4m');
    if (camera) await fakeWebcamY4m(CLIP, y4m);
    browser = await launchChromium(camera ? fakeCameraFlags(y4m) : []);
  }, 240_000);

  afterAll(async () => { await browser?.close(); await app?.close(); });

  it('axe-core finds no violation of any impact on any screen', async () => {
    const found = new Map<string, Violation[]>();
    const h1Counts = new Map<string, number>();
    await visitScreens(browser, app.server.url, backup, SCREEN_SIZES[0], async (page, name) => {
      found.set(name, await axeViolations(page, axeSource));
      h1Counts.set(name, await page.evaluate(() => [...document.querySelectorAll('h1')].filter((h) => h.getClientRects().length > 0).length));
    }, { camera });
    for (const [name, all] of found) console.log(`axe ${name}: ${all.length} violation(s)`, all.map((v) => `${v.impact} ${v.id}`).join(', '));
    // axe's page-has-heading-one asks for at least one; a screen has exactly one, its title.
    expect([...h1Counts].filter(([, n]) => n !== 1), 'screens without exactly one h1').toEqual([]);
    const all = [...found].flatMap(([name, violations]) => violations
      .map((v) => `${name}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.slice(0, 5).join(' | ')}`));
    expect(found.size).toBeGreaterThanOrEqual(9);
    expect(all, all.join('\n')).toEqual([]);
  }, 300_000);

  it(`every control a finger presses is at least ${MIN_TARGET_PX} x ${MIN_TARGET_PX} CSS px on every screen, at both sizes`, async () => {
    const small: string[] = [];
    let screens = 0;
    for (const size of SCREEN_SIZES) {
      await visitScreens(browser, app.server.url, backup, size, async (page, name) => {
        screens++;
        const here = await smallTargets(page, MIN_TARGET_PX);
        console.log(`targets ${name} at ${size.width}: ${here.length} under ${MIN_TARGET_PX} px`, here.join(', '));
        small.push(...here.map((t) => `${name} at ${size.width} px: ${t}`));
      }, { camera });
    }
    expect(screens).toBeGreaterThanOrEqual(2 * 9);
    expect(small, small.join('\n')).toEqual([]);
  }, 600_000);

  it.skipIf(!clipsAvailable())('keyboard alone: add a child, analyse jj-white-wall, read its 12 jumping jacks', async () => {
    const context = await browser.newContext({ viewport: SCREEN_SIZES[0] });
    const page = await context.newPage();
    try {
      await page.goto(app.server.url);
      await tabTo(page, '[data-testid=add-child]');
      await page.keyboard.press('Enter');
      await page.getByTestId('child-nickname').waitFor();
      await tabTo(page, '[data-testid=child-nickname]');
      await page.keyboard.type('Robin');
      // The birth date is one Tab stop (a date input took four in Chromium): Tab reaches it, one more Tab leaves it.
      await page.keyboard.press('Tab');
      expect(await focusedTestId(page)).toBe('child-birth-date');
      await page.keyboard.type('2019-02-30');
      await page.keyboard.press('Tab');
      expect(await focusedTestId(page)).not.toBe('child-birth-date');
      expect(await page.getByTestId('birth-date-error').textContent()).toContain('no day 30');
      // Saving with a wrong date saves nothing and brings the keyboard back to the field.
      await tabTo(page, '[data-testid=save-child]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'child-birth-date');
      expect(await page.getByTestId('child-nickname').count()).toBe(1);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('20190514');
      await page.keyboard.press('Tab');
      expect(await page.getByTestId('child-birth-date').inputValue()).toBe('2019-05-14');
      expect(await page.getByTestId('birth-date-error').textContent()).toBe('');
      await tabTo(page, '[data-testid=save-child]');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid^=task-]').first().waitFor();
      await tabTo(page, 'a[href="#/video"]', 'Shift+Tab');
      await page.keyboard.press('Enter');
      await page.getByTestId('task-picker').waitFor();
      await tabTo(page, '[data-testid=task-picker]');
      await arrowToOption(page, 'jumping-jack');
      await page.locator('[data-testid=file-input]:not([disabled])').waitFor({ state: 'attached', timeout: 60_000 });
      await tabTo(page, '[data-testid=file-input]');
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Space');
      await (await chooser).setFiles(CLIP);
      await page.getByTestId('set-summary').waitFor({ timeout: 240_000 });
      expect(await page.getByTestId('result-headline').textContent()).toBe(`${EXPECTED_JACKS} jumping jacks`);
    } finally {
      await context.close();
    }
  }, 300_000);
});
