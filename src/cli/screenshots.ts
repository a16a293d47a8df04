// npm run screenshots: the README's pictures, made from the built app in headless Chromium with two years of synthetic
// sessions (the same backup the browser test imports): every screen at 390 and 1280 px wide (<screen>-<width>.png; the
// live set with the fake webcam playing a real clip when ../shared/clips is there), the main ones in docs/screens/ as
// small palette PNGs and the rest in a temp folder named at the end, to look at; the
// progress view (docs/progress-view.png) and the first A4 page of the printed report (docs/report-page.png, pdftoppm).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fakeCameraFlags, launchChromium, serveDir } from './browser.ts';
import { buildApp, fakeWebcamY4m, REPO_ROOT, tempDir } from './bench/chromium-app.ts';
import { SCREEN_SIZES, visitScreens } from './app-screens.ts';
import { CLIPS_DIR, clipsAvailable } from './clips.ts';
import { findFfmpeg } from './ffmpeg.ts';
import { openWithHistory } from './bench/progress-app.ts';
import { historyBackup } from './bench/progress-history.ts';

const run = promisify(execFile);
const DOCS = join(REPO_ROOT, 'docs');
const SCREENS = join(DOCS, 'screens');
/** The screens the README shows; the others are written for a look, not committed. */
const MAIN_SCREENS = new Set(['children', 'child', 'setup', 'live', 'result-therapist', 'result-family']);
/** Colours of the committed PNGs: the app's flat colours and text survive 64, and a picture is a third of the size. */
const PNG_COLOURS = 64;

/** Rewrites a screenshot as a palette PNG. */
async function shrinkPng(from: string, to: string): Promise<void> {
  await run(findFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-y', '-i', from, '-vf',
    `split[a][b];[a]palettegen=max_colors=${PNG_COLOURS}[p];[b][p]paletteuse=dither=none`, to]);
}

const dir = await tempDir('springboard-shots-');
const y4m = join(dir.path, 'camera.y4m');
const camera = clipsAvailable();
const [backup] = await Promise.all([historyBackup(), buildApp(join(dir.path, 'dist')),
  camera ? fakeWebcamY4m(join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4'), y4m) : undefined]);
const server = await serveDir(join(dir.path, 'dist'));
const browser = await launchChromium(camera ? fakeCameraFlags(y4m) : []);
try {
  const others = await mkdtemp(join(tmpdir(), 'springboard-screens-'));
  await mkdir(SCREENS, { recursive: true });
  for (const size of SCREEN_SIZES) {
    await visitScreens(browser, server.url, backup, size, async (page, name) => {
      const file = `${name}-${size.width}.png`;
      await page.screenshot({ path: join(others, file) });
      if (MAIN_SCREENS.has(name)) await shrinkPng(join(others, file), join(SCREENS, file));
    }, { camera });
  }
  console.log(`Wrote the main screens at ${SCREEN_SIZES.map((s) => s.width).join(' and ')} px in ${SCREENS}, and every screen in ${others}`);
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
