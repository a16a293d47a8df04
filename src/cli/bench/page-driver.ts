// One small interface over the two drivers that reach the browsers playwright-core cannot (Debian's Firefox ESR through
// puppeteer-core, WebKitGTK's MiniBrowser through selenium-webdriver), and the app's flow steps written once against
// it: the screens are being rebuilt, so the steps (and the data-testid hooks they use) live in this one file.
// Every step is timed out: a wrongly set-up WebKitGTK hangs instead of failing.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findFfmpeg } from '../ffmpeg.ts';

const run = promisify(execFile);

/** A page in a browser, driven by whichever protocol that browser speaks. */
export interface PageDriver {
  readonly browserName: string;
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page (a promise is awaited) and returns its JSON-able value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Types into the element with this data-testid, as a person would (key events). */
  type(testId: string, text: string): Promise<void>;
  /** Gives the file input with this data-testid a file from disk, as a person choosing it would. */
  setFile(testId: string, path: string): Promise<void>;
  close(): Promise<void>;
}

/** Rejects with a sentence naming the step when `work` takes longer than `ms` (the work itself is left to the close). */
export async function within<T>(ms: number, step: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_ok, fail) => { timer = setTimeout(() => fail(new Error(`${step}: no answer within ${ms} ms.`)), ms); });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until the page expression is truthy (polled every 250 ms), failing with `step` after `timeoutMs`. */
export async function waitInPage(page: PageDriver, expression: string, timeoutMs: number, step: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const left = until - Date.now();
    if (left <= 0) throw new Error(`${step}: not true within ${timeoutMs} ms (${expression}).`);
    if (await within(Math.max(left, 1000), step, page.evaluate<boolean>(`Boolean(${expression})`))) return;
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

const byTestId = (id: string) => `document.querySelector('[data-testid="${id}"]')`;
const textOf = (id: string) => `${byTestId(id)}?.textContent`;

/** Clicks the button whose text is `name` (the app's buttons are named by their text). */
export async function clickButton(page: PageDriver, name: string): Promise<void> {
  const found = await within(10_000, `click "${name}"`, page.evaluate<boolean>(
    `(() => { const b = [...document.querySelectorAll('button')].find((e) => e.textContent.trim() === ${JSON.stringify(name)} && !e.disabled); b?.click(); return !!b; })()`));
  if (!found) throw new Error(`No enabled button "${name}" on the page.`);
}

/** The text of the element with this data-testid once it is present (null after `timeoutMs`: the caller says why). */
export async function textWhenShown(page: PageDriver, testId: string, timeoutMs: number): Promise<string> {
  await waitInPage(page, byTestId(testId), timeoutMs, `wait for ${testId}`);
  return await page.evaluate<string>(`${textOf(testId)} ?? ''`);
}

// ---- The app's flow steps (the only place that knows the screens' hooks) ----

/** Clicks the element with this data-testid (enabled). */
export async function clickTestId(page: PageDriver, testId: string): Promise<void> {
  const found = await within(10_000, `click ${testId}`, page.evaluate<boolean>(
    `(() => { const e = ${byTestId(testId)}; if (!e || e.disabled) return false; e.click(); return true; })()`));
  if (!found) throw new Error(`No enabled ${testId} on the page.`);
}

/** Goes to a screen by its address (hash routes), keeping the page's query. */
async function goTo(page: PageDriver, hash: string): Promise<void> {
  await within(10_000, `go to ${hash}`, page.evaluate(`(() => { location.hash = ${JSON.stringify(hash)}; return true; })()`));
}

/** Opens the app, adds a child profile from the children list, and comes back to the list (its storage line shows there). */
export async function openAppWithChild(page: PageDriver, url: string, nickname: string): Promise<void> {
  await within(60_000, 'open the app', page.goto(url));
  await waitInPage(page, byTestId('add-child'), 60_000, 'the children list');
  await clickTestId(page, 'add-child');
  await waitInPage(page, byTestId('child-nickname'), 30_000, 'the profile form');
  await within(10_000, 'type the nickname', page.type('child-nickname', nickname));
  await clickTestId(page, 'save-child');
  await waitInPage(page, `document.querySelector('[data-testid^="task-"]')`, 30_000, "the child's screen");
  await goTo(page, '#/');
  await waitInPage(page, byTestId('child-row'), 30_000, 'the children list with the child');
}

/** The recorded-video screen with the task picked (the child added last is the one picked). */
export async function pickTask(page: PageDriver, taskId: string): Promise<void> {
  await goTo(page, '#/video');
  await waitInPage(page, byTestId('task-picker'), 30_000, 'the recorded-video screen');
  const picked = await within(10_000, `pick ${taskId}`, page.evaluate<boolean>(`(() => {
    const select = ${byTestId('task-picker')};
    if (!select || ![...select.options].some((o) => o.value === ${JSON.stringify(taskId)})) return false;
    select.value = ${JSON.stringify(taskId)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`));
  if (!picked) throw new Error(`The task picker has no task ${taskId}.`);
  await waitInPage(page, `${byTestId('task-picker')}.value === ${JSON.stringify(taskId)}`, 10_000, `task ${taskId} picked`);
}

/**
 * From the children list: the first child's screen, the task's set-up, the live set (the camera starts), and a free-play
 * set started once the setup check is ready (the family mode's default), waiting out the countdown.
 */
export async function startLiveSet(page: PageDriver, taskId: string): Promise<void> {
  await clickTestId(page, 'child-row');
  await waitInPage(page, byTestId(`task-${taskId}`), 30_000, "the child's screen");
  await clickTestId(page, `task-${taskId}`);
  await waitInPage(page, byTestId('open-camera'), 30_000, 'the task set-up');
  await clickTestId(page, 'open-camera');
  await waitInPage(page, `${byTestId('setup-check')}?.getAttribute('data-state') === 'ready'`, 120_000, 'the setup check ready');
  await clickTestId(page, 'start-set');
  await waitInPage(page, `document.querySelector('[data-testid="live-set"][data-phase="running"]')`, 20_000, 'the set running');
}

/** What a recorded video gave: the headline, how its frames were read, and the analysis time a frame. */
export interface FileOutcome {
  readonly headline: string;
  readonly videoReader: string;
  readonly frames: number;
  readonly msPerFrame: number;
}

/** Opens a video file through the file input and waits for its result. */
export async function countVideoFile(page: PageDriver, clip: string, timeoutMs: number): Promise<FileOutcome> {
  await waitInPage(page, `${byTestId('model')}?.textContent === 'movenet-lightning'`, 120_000, 'the pose model loaded');
  const startedMs = Date.now();
  await within(30_000, `open ${basename(clip)}`, page.setFile('file-input', clip));
  const alert = `document.querySelector('[role=alert]')`;
  await waitInPage(page, `${byTestId('result-headline')} || ${alert}`, timeoutMs, `the result of ${basename(clip)}`);
  const failure = await page.evaluate<string | null>(`${alert}?.textContent ?? null`);
  if (failure !== null) throw new Error(`The app refused ${basename(clip)}: ${failure}`);
  const elapsedMs = Date.now() - startedMs;
  const frames = Number(await page.evaluate<string>(`${byTestId('counts')}?.getAttribute('data-frames')`));
  return {
    headline: await page.evaluate<string>(`${textOf('result-headline')}`),
    videoReader: await page.evaluate<string>(`${textOf('video-reader')} ?? ''`),
    frames,
    msPerFrame: frames > 0 ? elapsedMs / frames : Number.NaN,
  };
}

// ---- A stubbed camera for browsers whose own fake camera shows no person ----

/** File names (in the served folder) of the stub and the clip it plays. */
const STUB_SCRIPT = 'camera-stub.js';
const STUB_CLIP = 'camera.mp4';

/**
 * The stub: MediaDevices.prototype.getUserMedia answers with canvas.captureStream() of the clip, played once from the
 * start and drawn frame by frame (window.stubCameraVideo is the playing clip: the test stops by its time). Runs as a
 * classic script before the app's module.
 */
const STUB_SOURCE = `(() => {
  MediaDevices.prototype.getUserMedia = async function (constraints) {
    if (!constraints || !constraints.video) throw new DOMException('The stub camera has no microphone.', 'NotFoundError');
    const video = document.createElement('video');
    video.muted = true; video.playsInline = true; video.src = '/${STUB_CLIP}';
    video.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;pointer-events:none';
    document.body.append(video);
    await video.play();
    window.stubCameraVideo = video;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth; canvas.height = video.videoHeight;
    const ctx = canvas.getContext('2d');
    const draw = () => { ctx.drawImage(video, 0, 0); video.requestVideoFrameCallback(draw); };
    draw();
    return canvas.captureStream(30);
  };
})();`;

/**
 * Puts the stub camera into a built app folder: the clip (letterboxed into 640x480 as the real camera asks, held still
 * `holdS` seconds before and after, H.264) beside the page and a script tag before the app's own.
 */
export async function installCameraStub(distDir: string, clip: string, holdS: number): Promise<void> {
  const hold = holdS > 0 ? `tpad=start_duration=${holdS}:start_mode=clone:stop_duration=${holdS}:stop_mode=clone,` : '';
  await run(findFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-y', '-i', clip, '-an', '-vf',
    `${hold}scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2`, '-c:v', 'libx264',
    '-pix_fmt', 'yuv420p', '-crf', '18', '-movflags', '+faststart', join(distDir, STUB_CLIP)]);
  await writeFile(join(distDir, STUB_SCRIPT), STUB_SOURCE);
  const indexPath = join(distDir, 'index.html');
  const html = await readFile(indexPath, 'utf8');
  await writeFile(indexPath, html.replace('<script type="module"', `<script src="/${STUB_SCRIPT}"></script>\n    <script type="module"`));
}
