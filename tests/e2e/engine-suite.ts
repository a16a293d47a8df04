// The same browser tests for each engine family beyond Chromium (Firefox ESR, WebKitGTK): the recorded-video flow
// gives the counts labels.json gives (the counts Chromium's own tests get), through WebCodecs and through the
// video-player fallback; and a live session on a stubbed camera counts the jacks of a real clip.
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable, readLabels } from '../../src/cli/clips.ts';
import {
  clickTestId, countVideoFile, openAppWithChild, pickTask, startLiveSet, textWhenShown, waitInPage, type FileOutcome, type PageDriver,
} from '../../src/cli/bench/page-driver.ts';
import { expectLiveCount } from '../helpers/live-count.ts';

/** A started engine: the built app's URL, a fresh page (its own storage) and how to stop both. */
export interface EngineApp {
  readonly url: string;
  newPage(): Promise<PageDriver>;
  close(): Promise<void>;
}

export interface EngineSuite {
  readonly engine: string;
  /** Why the suite cannot run here (the browser is not installed), or null. */
  readonly missing: string | null;
  /** The storage line the app shows there: persist() is optional (navigator.storage is undefined in WebKitGTK). */
  readonly storageSentence: RegExp;
  /** Starts the built app with the stub camera playing `cameraClip`, held still `holdS` seconds before and after. */
  start(cameraClip: string, holdS: number): Promise<EngineApp>;
}

/** The two clips of the issue's acceptance, with their tasks: counts come from labels.json. */
const FILE_CLIPS = ['jumping-jacks/jj-white-wall.mp4', 'two-foot-jumps/rope-side-view.mp4'] as const;
const LIVE_CLIP = 'jumping-jacks/jj-white-wall.mp4';
/** Longest wait (ms) for one clip's result. Reason: the slowest measured run (element path, WebKitGTK, load 18) is ~3 min. */
const FILE_TIMEOUT_MS = 300_000;
/**
 * Seconds the stub camera holds the clip's first and last picture (standing still, labels.json frames 0-12 and
 * 297-312). Reason: as in Chromium's live test, the count must start and stop in a still stretch to see the 12 jacks;
 * the opening hold must also outlast the live set's start (the setup check held 1 s, then a 3 s countdown) with room
 * for a slow machine's first frames.
 */
const LIVE_HOLD_S = 12;
function expectedCount(file: string): { task: string; count: number } {
  const label = readLabels().find((c) => c.file === file);
  if (!label || typeof label.expect.count !== 'number') throw new Error(`labels.json has no count for ${file}.`);
  return { task: label.task, count: label.expect.count };
}

async function countFile(app: EngineApp, file: string, withoutWebCodecs: boolean): Promise<FileOutcome> {
  const page = await app.newPage();
  try {
    await openAppWithChild(page, app.url, 'Mia');
    await pickTask(page, expectedCount(file).task);
    // A browser without WebCodecs' decoder (Safari before 16.4): the app must fall back to its video player.
    if (withoutWebCodecs) await page.evaluate('delete window.VideoDecoder');
    return await countVideoFile(page, join(CLIPS_DIR, file), FILE_TIMEOUT_MS);
  } finally {
    await page.close();
  }
}

export function describeEngine(suite: EngineSuite): void {
  const why = suite.missing ?? (clipsAvailable() ? null : `the clips folder ${CLIPS_DIR} is absent`);
  describe.skipIf(why !== null)(`the built app in ${suite.engine}${why === null ? '' : ` (skipped: ${why})`}`, () => {
    let app: EngineApp;
    beforeAll(async () => { app = await suite.start(join(CLIPS_DIR, LIVE_CLIP), LIVE_HOLD_S); }, 240_000);
    afterAll(async () => { await app?.close(); }, 60_000);

    for (const [path, withoutWebCodecs] of [['WebCodecs', false], ['the video-player fallback (VideoDecoder hidden)', true]] as const) {
      it(`counts jj-white-wall and rope-side-view through the file path as labels.json (and Chromium) do, via ${path}`, async () => {
        for (const file of FILE_CLIPS) {
          const outcome = await countFile(app, file, withoutWebCodecs);
          console.info(`${suite.engine}, ${basename(file)} via ${path}: "${outcome.headline}", ${outcome.frames} frames, `
            + `${outcome.msPerFrame.toFixed(0)} ms a frame (decode, pose and drawing, wall time)`);
          expect(outcome.headline).toMatch(new RegExp(`^${expectedCount(file).count} `));
          expect(outcome.videoReader).toMatch(withoutWebCodecs ? /^the browser's video player, frame by frame/ : /^WebCodecs/);
        }
      }, 2 * FILE_TIMEOUT_MS);
    }

    it('counts the jumping jacks of a real clip live, on a camera stubbed with canvas.captureStream() (all 12 at 15 analysed frames a second or more)', async () => {
      const liveSet = async () => {
        const page = await app.newPage();
        try {
          await openAppWithChild(page, app.url, 'Mia');
          // The app starts and keeps records whatever navigator.storage offers, and says what it could get.
          expect(await textWhenShown(page, 'storage', 30_000)).toMatch(suite.storageSentence);
          const startedMs = Date.now();
          await startLiveSet(page, 'jumping-jack');
          // The stub plays the held clip once: stop in the middle of the still stretch after the last jack.
          const stopAtS = LIVE_HOLD_S + 313 / 29.29 + LIVE_HOLD_S / 2;
          await waitInPage(page, `(window.stubCameraVideo?.currentTime ?? 0) >= ${stopAtS}`, 120_000, 'the stub camera reaching the end');
          const frames = Number(await page.evaluate<string>(`document.querySelector('[data-testid="counts"]')?.getAttribute('data-frames')`));
          const analysedFps = (1000 * frames) / (Date.now() - startedMs);
          await clickTestId(page, 'end-set');
          const headline = await textWhenShown(page, 'result-headline', 30_000);
          console.info(`${suite.engine}, live on the stub camera: "${headline}", ${frames} frames analysed, ${analysedFps.toFixed(1)} a second`);
          expect(headline).toMatch(/^\d+ jumping jacks$/);
          expectLiveCount(Number(/^(\d+)/.exec(headline)?.[1]), expectedCount(LIVE_CLIP).count, analysedFps);
        } finally {
          await page.close().catch((error: unknown) => { console.warn(`${suite.engine}: closing the page: ${String(error)}`); });
        }
      };
      try {
        await liveSet();
      } catch (error) {
        // Once on CI, WebKitGTK's web process died 23 s into this set ("session deleted because of page crash or
        // hang"; 4 other runs of the same build passed). A browser process that dies is retried once on a fresh
        // session, said in the log; a wrong count, or a second crash, fails the test.
        if (!/page crash or hang|session deleted/i.test(String(error))) throw error;
        console.warn(`${suite.engine}: the browser's page process died during the live set (${String(error)}); trying once more on a fresh session.`);
        await liveSet();
      }
    }, 300_000);
  });
}
