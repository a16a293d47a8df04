// Helpers shared by the Chromium bench and the e2e tests: build the app into a temp folder with Vite's API, and turn
// a clip into the inputs Chromium takes (a fake-webcam .y4m, one frame as PNG). Nothing is written into the repo.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { fakeCameraFlags, launchChromium, serveDir, type StaticServer } from '../browser.ts';
import { findFfmpeg } from '../ffmpeg.ts';

const run = promisify(execFile);
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface TempDir { readonly path: string; remove(): Promise<void> }

export async function tempDir(prefix: string): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Builds the app (vite.config.ts, production mode) into `outDir`. */
export async function buildApp(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: REPO_ROOT, configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production',
    build: { outDir, emptyOutDir: true },
  });
}

/**
 * Converts a clip to the .y4m Chromium plays as a fake webcam, letterboxed into 640x480 (the size the camera source
 * asks for). Chromium loops the file. `holdS` > 0 holds the first and the last picture that many seconds before and
 * after the clip, so that a live count can start and stop in a still stretch, one pass of the clip in between.
 */
export async function fakeWebcamY4m(clip: string, y4mPath: string, holdS = 0): Promise<void> {
  const hold = holdS > 0 ? `tpad=start_duration=${holdS}:start_mode=clone:stop_duration=${holdS}:stop_mode=clone,` : '';
  await run(findFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-y', '-i', clip, '-vf',
    `${hold}scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2`, '-pix_fmt', 'yuv420p',
    '-f', 'yuv4mpegpipe', y4mPath], { maxBuffer: 1 << 20 });
}

/** One frame of a clip (at `atSeconds`) as a base64 PNG, to feed the app's bench hook. */
export async function framePngBase64(clip: string, atSeconds: number, dir: string): Promise<string> {
  const png = join(dir, 'frame.png');
  await run(findFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-y', '-ss', String(atSeconds), '-i', clip,
    '-frames:v', '1', png]);
  return (await readFile(png)).toString('base64');
}

/** How many frames ffmpeg decodes from a clip (every frame once: passthrough timing). */
export async function ffmpegFrameCount(clip: string): Promise<number> {
  const ff = findFfmpeg();
  const passthrough = ff.major > 5 || (ff.major === 5 && ff.minor >= 1) ? ['-fps_mode', 'passthrough'] : ['-vsync', '0'];
  const { stderr } = await run(ff.path, ['-hide_banner', '-nostdin', '-i', clip, '-map', '0:v:0', ...passthrough, '-f', 'null', '-'],
    { maxBuffer: 16 << 20 });
  const counts = [...stderr.matchAll(/frame=\s*(\d+)/g)];
  const last = counts.at(-1)?.[1];
  if (last === undefined) throw new Error(`ffmpeg reported no frame count for ${clip}.`);
  return Number(last);
}

/** A fake-webcam .y4m of an empty, evenly lit wall (no person), `seconds` long at 30 fps. */
export async function emptyWallY4m(y4mPath: string, seconds = 2): Promise<void> {
  await run(findFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i',
    `color=c=0xd8d4cc:s=640x480:r=30:d=${seconds}`, '-pix_fmt', 'yuv420p', '-f', 'yuv4mpegpipe', y4mPath]);
}

/** The built app served on localhost with a headless Chromium, and the temp folder that holds both (dist/ inside). */
export interface BuiltApp {
  readonly dir: TempDir;
  readonly server: StaticServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * What every browser test starts from: the app built into a new temp folder, served, and Chromium launched; with
 * `cameraClip`, Chromium's fake webcam plays that clip (made into camera.y4m beside dist/). close() undoes all three.
 */
export async function startBuiltApp(prefix: string, options: { readonly cameraClip?: string } = {}): Promise<BuiltApp> {
  const dir = await tempDir(prefix);
  try {
    const y4m = join(dir.path, 'camera.y4m');
    const camera = options.cameraClip;
    await Promise.all([buildApp(join(dir.path, 'dist')), camera === undefined ? undefined : fakeWebcamY4m(camera, y4m)]);
    const server = await serveDir(join(dir.path, 'dist'));
    const browser = await launchChromium(camera === undefined ? [] : fakeCameraFlags(y4m));
    return { dir, server, browser, async close() { await browser.close(); await server.close(); await dir.remove(); } };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}
