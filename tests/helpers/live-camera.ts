// Fake-webcam inputs for the live set's browser tests, made with ffmpeg at test time into a temp folder (never
// committed): a clip held still before and after, a clip cropped to hide the feet, and a clip in which the person
// leaves the picture for a while. All letterboxed into 640x480 like fakeWebcamY4m.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { findFfmpeg } from '../../src/cli/ffmpeg.ts';

const run = promisify(execFile);
const FIT = 'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=30,format=yuv420p';
/** The wall colour of jj-white-wall.mp4, so the empty stretch looks like the same room without the person. */
const WALL = '0xd8d4cc';

const y4m = async (args: readonly string[], out: string) => {
  await run(findFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-y', ...args, '-f', 'yuv4mpegpipe', out], { maxBuffer: 1 << 20 });
};

/** The clip with only its top `keepFrac` kept (the feet and lower legs cut off), held `holdS` at its start. */
export async function feetCroppedY4m(clip: string, out: string, keepFrac: number, holdS: number): Promise<void> {
  await y4m(['-i', clip, '-vf', `tpad=start_duration=${holdS}:start_mode=clone,crop=iw:ih*${keepFrac}:0:0,${FIT}`], out);
}

/**
 * The clip's first picture held `standS` (the child standing still), then the same wall with nobody for `goneS`,
 * then the whole clip, then its last picture held `standS` again: a set can start, the child leaves and comes back.
 */
export async function leavesAndReturnsY4m(clip: string, out: string, standS: number, goneS: number): Promise<void> {
  await y4m(['-i', clip, '-f', 'lavfi', '-i', `color=c=${WALL}:s=640x480:r=30:d=${goneS}`, '-filter_complex',
    `[0:v]split=2[a][b];[a]trim=end_frame=1,tpad=stop_duration=${standS}:stop_mode=clone,${FIT}[stand];`
    + `[b]tpad=stop_duration=${standS}:stop_mode=clone,${FIT}[clip];[1:v]${FIT}[gone];[stand][gone][clip]concat=n=3:v=1[v]`,
    '-map', '[v]'], out);
}

/**
 * Sets the device's mode through its switch (data-testid mode, data-mode): a select is set, a button is pressed
 * until it reads the wanted mode.
 */
export async function chooseMode(page: Page, mode: 'family' | 'therapist'): Promise<void> {
  const control = page.getByTestId('mode');
  for (let i = 0; i < 3 && (await control.getAttribute('data-mode')) !== mode; i++) {
    if (await control.evaluate((el) => el.tagName === 'SELECT')) await control.selectOption(mode);
    else await control.click();
  }
}

/** The live picture's drawn rectangle (the video scaled to fit its box, object-fit: contain) and the viewport. */
export async function livePictureRect(page: Page) {
  return page.getByTestId('live-video').evaluate((v: HTMLVideoElement) => {
    const box = v.getBoundingClientRect();
    const scale = Math.min(box.width / v.videoWidth, box.height / v.videoHeight);
    const w = v.videoWidth * scale;
    const h = v.videoHeight * scale;
    const left = box.left + (box.width - w) / 2;
    const top = box.top + (box.height - h) / 2;
    return {
      left, top, right: left + w, bottom: top + h, videoWidth: v.videoWidth,
      viewportWidth: window.innerWidth, viewportHeight: window.innerHeight,
      scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight,
    };
  });
}
