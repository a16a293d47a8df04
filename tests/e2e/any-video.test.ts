// Any phone's video opens in the browser's file path: an MPEG-4 Part 2 clip (an older camera's) and an HEVC
// re-encode of jj-white-wall (what iPhones record), neither of which this Chromium's WebCodecs decodes, are read by the
// wasm decoder (fetched only then, and kept by the service worker) and give the CLI's counts on the same files.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable } from '../../src/cli/clips.ts';
import { REPO_ROOT, startBuiltApp, type BuiltApp } from '../../src/cli/bench/chromium-app.ts';
import { guardRequests, type StaticServer } from '../../src/cli/browser.ts';
import { findFfmpeg } from '../../src/cli/ffmpeg.ts';
import { addChild, analyseVideo, pickTask } from '../helpers/app-flow.ts';

const run = promisify(execFile);
const MPEG4_CLIP = join(CLIPS_DIR, 'two-foot-jumps', 'rope-front-lowres.mp4');
const H264_CLIP = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');

/** The CLI's count for a clip (`analyze --task T --json`, the same command a person runs). */
async function cliCount(clip: string, task: string): Promise<number> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/analyze.ts'), clip, '--task', task, '--json'],
    { cwd: REPO_ROOT, maxBuffer: 64 << 20 });
  return (JSON.parse(stdout) as { count: number }).count;
}

/** The codec string this browser's WebCodecs is asked about, and its answer (the test is about files it refuses). */
async function webCodecsSupports(page: Page, codec: string): Promise<boolean> {
  return page.evaluate(async (c) => (await VideoDecoder.isConfigSupported({ codec: c, codedWidth: 320, codedHeight: 240 })).supported === true, codec);
}

describe.skipIf(!clipsAvailable())('videos WebCodecs cannot decode here, through the wasm decoder (needs ../shared/clips)', () => {
  let app: BuiltApp;
  let server: StaticServer;
  let browser: Browser;
  let hevcClip: string;

  beforeAll(async () => {
    app = await startBuiltApp('springboard-any-video-e2e-');
    ({ server, browser } = app);
    // An iPhone-style HEVC file (hvc1 sample entry), made here and never kept.
    hevcClip = join(app.dir.path, 'jj-white-wall-hevc.mp4');
    await run(findFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-y', '-i', H264_CLIP, '-an', '-c:v', 'libx265',
      '-x265-params', 'log-level=error', '-tag:v', 'hvc1', hevcClip]);
  }, 180_000);

  afterAll(async () => { await app?.close(); });

  it('counts the MPEG-4 Part 2 and the HEVC clip as the CLI does, and keeps the decoder for offline use', async () => {
    const expected = { mpeg4: cliCount(MPEG4_CLIP, 'two-foot-jump'), hevc: cliCount(hevcClip, 'jumping-jack') };
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const foreign = guardRequests(page, server.url);
    await page.goto(server.url);
    expect(await webCodecsSupports(page, 'mp4v.20.9')).toBe(false);
    expect(await webCodecsSupports(page, 'hvc1.1.6.L93.B0')).toBe(false);
    await addChild(page, 'Mia');
    await pickTask(page, 'two-foot-jump');
    const mpeg4Headline = await analyseVideo(page, MPEG4_CLIP, 300_000);
    await pickTask(page, 'jumping-jack');
    const hevcHeadline = await analyseVideo(page, hevcClip, 300_000);
    expect(mpeg4Headline).toBe(`${await expected.mpeg4} two-foot jumps`);
    expect(hevcHeadline).toBe(`${await expected.hevc} jumping jacks`);
    const cached = await page.evaluate(async () => (await (await caches.open('springboard-video-decoder')).keys()).map((r) => new URL(r.url).pathname));
    expect(cached.some((p) => /ffmpeg-core.*\.wasm$/.test(p))).toBe(true);
    expect(foreign).toEqual([]);
    await page.close();
  }, 600_000);
});
