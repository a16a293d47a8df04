// Debian's Firefox ESR driven by puppeteer-core 24 over WebDriver BiDi (playwright-core needs its own patched Firefox),
// behind the PageDriver interface; and the built app served to it, as startBuiltApp does for Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serveDir, type StaticServer } from '../browser.ts';
import { buildApp, tempDir, type TempDir } from './chromium-app.ts';
import { installCameraStub, within, type PageDriver } from './page-driver.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxAvailable = (): boolean => existsSync(FIREFOX_PATH);

/** Longest wait (ms) for one protocol command. Reason: a model load or a long evaluate stays well under it. */
const PROTOCOL_TIMEOUT_MS = 120_000;

export async function launchFirefox(): Promise<Browser> {
  if (!firefoxAvailable()) throw new Error(`Firefox ESR is not at ${FIREFOX_PATH}: install Debian's firefox-esr or set FIREFOX_PATH.`);
  return within(90_000, 'launch Firefox ESR', puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, protocolTimeout: PROTOCOL_TIMEOUT_MS,
    // A page may play media without a click (the stub camera's <video>), as it may in a person's browser after Start.
    // navigator.storage.persist() asks the person in Firefox (a prompt headless Firefox never shows, so the answer never
    // comes): Firefox's own test preferences answer "Allow", as a person keeping the records would.
    extraPrefsFirefox: {
      'media.autoplay.default': 0, 'media.autoplay.blocking_policy': 0,
      'dom.storageManager.prompt.testing': true, 'dom.storageManager.prompt.testing.allow': true,
    },
  }));
}

class FirefoxPage implements PageDriver {
  readonly browserName = 'firefox';
  constructor(private readonly page: Page) {}
  async goto(url: string): Promise<void> { await this.page.goto(url, { waitUntil: 'load' }); }
  evaluate<T>(expression: string): Promise<T> { return this.page.evaluate(expression) as Promise<T>; }
  async type(testId: string, text: string): Promise<void> { await this.page.type(`[data-testid="${testId}"]`, text); }
  async setFile(testId: string, path: string): Promise<void> {
    const input = await this.page.$(`input[data-testid="${testId}"]`);
    if (!input) throw new Error(`No file input ${testId} on the page.`);
    await input.uploadFile(path);
  }
  async close(): Promise<void> { await this.page.browserContext().close(); }
}

/** A page in a new browser context: its own, empty IndexedDB, as a new visitor has (closing the page closes both). */
export async function firefoxPage(browser: Browser): Promise<PageDriver> {
  const context = await browser.createBrowserContext();
  return new FirefoxPage(await context.newPage());
}

export interface FirefoxApp {
  readonly dir: TempDir;
  readonly server: StaticServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** The app built into a temp folder (with the stub camera playing `cameraClip` when given), served, and Firefox ESR. */
export async function startFirefoxApp(prefix: string, options: { readonly cameraClip?: string; readonly holdS?: number } = {}): Promise<FirefoxApp> {
  const dir = await tempDir(prefix);
  try {
    const dist = join(dir.path, 'dist');
    await buildApp(dist);
    if (options.cameraClip) await installCameraStub(dist, options.cameraClip, options.holdS ?? 0);
    const server = await serveDir(dist);
    const browser = await launchFirefox().catch(async (error: unknown) => { await server.close(); throw error; });
    return {
      dir, server, browser,
      async close() { await within(30_000, 'close Firefox', browser.close()).catch(() => browser.process()?.kill('SIGKILL')); await server.close(); await dir.remove(); },
    };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}
