// Builds the records harness page with Vite's build() API into a temporary folder (never the app's vite.config.ts),
// and opens it in headless Chromium; used by the records browser test and the ...chromium benchmarks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { guardRequests, launchChromium, serveDir, type StaticServer } from '../../browser.ts';
import type { RecordsHarness } from './main.ts';

export interface OpenHarness {
  readonly page: Page;
  /** Requests that left the page's origin (must stay empty: records stay on the device). */
  readonly foreignRequests: readonly string[];
  call<K extends keyof RecordsHarness>(name: K, ...args: Parameters<RecordsHarness[K]>): Promise<Awaited<ReturnType<RecordsHarness[K]>>>;
  close(): Promise<void>;
}

export async function openRecordsHarness(): Promise<OpenHarness> {
  const outDir = mkdtempSync(join(tmpdir(), 'records-harness-'));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    await build({
      configFile: false, root: dirname(fileURLToPath(import.meta.url)), logLevel: 'warn',
      build: { outDir, emptyOutDir: true, minify: false },
    });
    server = await serveDir(outDir);
    browser = await launchChromium();
    const page = await browser.newPage();
    const foreignRequests = guardRequests(page, server.url);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => document.title === 'Records harness ready', undefined, { timeout: 30_000 })
      .catch((err: Error) => { throw new Error(`The records harness did not start (${errors.join('; ') || err.message}).`); });
    // The harness page publishes its functions on window (main.ts); page.evaluate crosses into that page untyped, and
    // OpenHarness['call'] restores the harness's own signature (RecordsHarness) on this side: the casts mark that seam.
    const call: OpenHarness['call'] = (name, ...args) => page.evaluate(
      ([n, a]) => (window as unknown as { recordsHarness: Record<string, (...x: unknown[]) => unknown> }).recordsHarness[n]!(...a),
      [name, args] as const,
    ) as never;
    return { page, foreignRequests, call, close };
  } catch (err) {
    await close();
    throw err;
  }
}
