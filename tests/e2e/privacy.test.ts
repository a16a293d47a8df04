// Nothing leaves the device: the BUILT app, under its own Content-Security-Policy (the meta tag vite.config.ts puts in
// index.html), goes through a whole visit (a set under Guest from the fake webcam, a child profile, a video file counted and saved, History,
// a backup exported and imported again) while every request is recorded. Any request off the page's origin, any CSP
// violation event and any CSP report in the console fails the test.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';
import { REPO_ROOT, startBuiltApp, type BuiltApp, type TempDir } from '../../src/cli/bench/chromium-app.ts';
import { DEV_CSP_HEADER, PREVIEW_CSP_HEADER } from '../../vite.config.ts';
import { guardRequests, type StaticServer } from '../../src/cli/browser.ts';
import { addChild, openGuestLiveSet, useGuest } from '../../src/cli/bench/app-steps.ts';

const CLIP = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');

/** Records securitypolicyviolation events (from page load on) and console messages that mention the policy. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => { seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`); });
  });
  const consoleReports: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy|CSP/i.test(m.text())) consoleReports.push(m.text()); });
  return async () => [...consoleReports, ...await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)];
}

describe.skipIf(!clipsAvailable())('privacy: a whole visit under the Content-Security-Policy (needs ../shared/clips)', () => {
  let app: BuiltApp;
  let dir: TempDir;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    app = await startBuiltApp('springboard-privacy-e2e-', { cameraClip: CLIP });
    ({ dir, server, browser } = app);
  }, 180_000);

  afterAll(async () => { await app?.close(); });

  it('requests nothing off its origin and breaks no rule of its policy', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const foreign = guardRequests(page, server.url);
    const violations = await watchPolicy(page);
    await page.goto(server.url);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))
      .toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
    // Camera: a few seconds of live frames, with Guest picked.
    await openGuestLiveSet(page);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=counts]')?.getAttribute('data-frames')) >= 20,
      undefined, { timeout: 60_000 });
    await page.getByTestId('leave-set').click();
    await page.getByTestId('open-camera').waitFor();
    // A child, a task and a video file, saved in History.
    await page.goto(`${server.url}/#/`);
    const childHash = await addChild(page, 'Mia');
    await page.getByTestId('open-video').click();
    await page.getByTestId('task-picker').selectOption('jumping-jack');
    await page.getByTestId('file-input').setInputFiles(CLIP);
    await page.getByTestId('result-headline').waitFor({ timeout: 150_000 });
    await expect.poll(() => page.getByTestId('saved').textContent(), { timeout: 10_000 }).toBe('Saved in History.');
    await page.goto(`${server.url}/${childHash}`);
    await expect.poll(() => page.getByTestId('history-row').count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('history-row').getByRole('link', { name: /^Open/ }).click();
    await page.getByTestId('opened-session').waitFor();
    // A backup out and back in.
    await page.getByRole('link', { name: 'Children', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export a backup' }).click()]);
    await page.getByTestId('backup-input').setInputFiles(await download.path());
    await page.getByRole('button', { name: 'Import it' }).click();
    await expect.poll(() => page.getByTestId('records-message').textContent()).toMatch(/^The backup is imported\./);
    expect(foreign).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.close();
  }, 300_000);

  it('is enforced: an image from another host is blocked and reported (the watch above can see a violation)', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    const violations = await watchPolicy(page);
    await page.goto(server.url);
    await page.evaluate(() => { const img = document.createElement('img'); img.src = 'https://example.com/pixel.png'; document.body.append(img); });
    await expect.poll(violations).toContain('img-src blocked https://example.com/pixel.png');
    expect(failures).toEqual(['https://example.com/pixel.png csp']);
    await page.close();
  }, 60_000);

  it('refuses a video cut short with the frames it holds, as the CLI does', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/#/video`);
    await useGuest(page);
    const bytes = readFileSync(CLIP);
    const cut = join(dir.path, 'jj-cut.mp4');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.3)));
    await page.getByTestId('file-input').setInputFiles(cut);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 })
      .toMatch(/^This video ends early: 81 of 313 frames are in the file/);
    await page.close();
  }, 60_000);

  it('is sent as a header by the dev and preview servers', async () => {
    const vite = await import('vite');
    const config = { root: REPO_ROOT, configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'silent' as const };
    const preview = await vite.preview({ ...config, build: { outDir: join(dir.path, 'dist') }, preview: { port: 0, host: '127.0.0.1' } });
    const dev = await vite.createServer({ ...config, server: { port: 0, host: '127.0.0.1' } });
    await dev.listen();
    try {
      const header = async (url: string | undefined) => (await fetch(url!)).headers.get('content-security-policy');
      expect(await header(preview.resolvedUrls?.local[0])).toBe(PREVIEW_CSP_HEADER);
      expect(await header(dev.resolvedUrls?.local[0])).toBe(DEV_CSP_HEADER);
      expect(PREVIEW_CSP_HEADER).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    } finally {
      await preview.close();
      await dev.close();
    }
  }, 60_000);
});
