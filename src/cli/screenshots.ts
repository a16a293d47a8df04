// npm run screenshots: the README's pictures of the progress view and of a printed review report page, made from the
// built app in headless Chromium with two years of synthetic sessions (the same backup the browser test imports).
// Writes docs/progress-view.png and docs/report-page.png (first A4 page of the printed report, via pdftoppm).
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launchChromium, serveDir } from './browser.ts';
import { buildApp, REPO_ROOT, tempDir } from './bench/chromium-app.ts';
import { openWithHistory } from './bench/progress-app.ts';
import { historyBackup } from './bench/progress-history.ts';

const run = promisify(execFile);
const DOCS = join(REPO_ROOT, 'docs');

const dir = await tempDir('springboard-shots-');
const [backup] = await Promise.all([historyBackup(), buildApp(join(dir.path, 'dist'))]);
const server = await serveDir(join(dir.path, 'dist'));
const browser = await launchChromium();
try {
  await mkdir(DOCS, { recursive: true });
  const page = await openWithHistory(browser, server.url, backup, { width: 1100, height: 1300 });
  await page.getByTestId('open-progress').click();
  await page.getByTestId('progress-range').locator('select').selectOption('12m');
  await page.locator('[data-testid=progress-task][data-task=single-leg-stance] canvas').first().waitFor();
  const balance = page.locator('[data-testid=progress-task][data-task=single-leg-stance]');
  await balance.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(DOCS, 'progress-view.png'), clip: { ...(await balance.boundingBox())!, height: 640 } });
  await page.getByTestId('open-report').click();
  await page.getByTestId('review-report').waitFor();
  const pdf = join(dir.path, 'report.pdf');
  await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(DOCS, 'report-page')]);
  console.log(`Wrote ${join(DOCS, 'progress-view.png')} and ${join(DOCS, 'report-page.png')}`);
} finally {
  await browser.close();
  await server.close();
  await dir.remove();
}
