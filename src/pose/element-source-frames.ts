// The video-element path of a video file (see element-source.ts for when it is taken): the browser's own player is
// sought to each frame of the sample table in turn, the picture it presents is drawn on a canvas and handed to the
// estimator as a VideoFrame stamped with the sample table's time (the same times the WebCodecs path gives). Every frame
// once, in presentation order, however slow the estimator; one frame is estimated while the next is sought.
import type { FrameEstimator } from './estimator.ts';
import { seekTargetsS } from './element-source.ts';
import { VideoFileError, type VideoFileFrame } from './video-file.ts';

/**
 * Longest wait (ms) for the player to load the file or to present one sought frame. Source: a seek took about 130 ms
 * on average in Firefox ESR 153 and WebKitGTK 2.50 on the loaded 2-core machine (313 seeks of jj-white-wall.mp4 in
 * 40-42 s). Reason: a player that stops presenting frames would otherwise hang the run; 15 s is 100 times that.
 */
const ELEMENT_WAIT_MS = 15_000;
/**
 * Wait (ms) after 'seeked' for the frame callback before drawing anyway. Reason: a seek that lands on the picture
 * already shown presents no new frame, so requestVideoFrameCallback never fires; 'seeked' means the picture is ready.
 */
const SEEKED_GRACE_MS = 250;
/** Frames handed to the estimator before the first of them has its pose (the same reason as video-file.ts'). */
const FRAMES_IN_FLIGHT = 2;

type FrameCallbackVideo = HTMLVideoElement & {
  requestVideoFrameCallback(cb: () => void): number;
  cancelVideoFrameCallback(handle: number): void;
};

/**
 * Resolves once `video` has fired `ready` and, where the frame callback is used, once the picture sought is presented
 * (or SEEKED_GRACE_MS after `ready`); rejects on the player's error, on the signal, or after ELEMENT_WAIT_MS. Reason for
 * waiting on both: Firefox ESR 153 may call the frame callback before 'seeked' for the picture still shown, and drawing
 * then gave the previous frame (17 of 275 frames of rope-side-view.mp4); after both, every frame matched ffmpeg's.
 */
function videoEvent(video: HTMLVideoElement, ready: 'loadeddata' | 'seeked', signal: AbortSignal | undefined, useFrameCallback: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    let callback = 0;
    let happened = false;
    let presented = !useFrameCallback;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const finish = (error?: unknown) => {
      clearTimeout(timer);
      clearTimeout(grace);
      if (callback) (video as FrameCallbackVideo).cancelVideoFrameCallback(callback);
      video.removeEventListener(ready, onReady);
      video.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve(); else reject(error instanceof Error ? error : new VideoFileError('decode', error));
    };
    const settleIfDone = () => { if (happened && presented) finish(); };
    const onPresented = () => { callback = 0; presented = true; settleIfDone(); };
    const onReady = () => {
      happened = true;
      if (!presented) grace = setTimeout(onPresented, SEEKED_GRACE_MS);
      settleIfDone();
    };
    const onError = () => finish(new VideoFileError('decode', video.error));
    const onAbort = () => finish(signal?.reason);
    const timer = setTimeout(() => finish(new VideoFileError('decode', new Error(`no '${ready}' within ${ELEMENT_WAIT_MS} ms`))), ELEMENT_WAIT_MS);
    if (useFrameCallback) callback = (video as FrameCallbackVideo).requestVideoFrameCallback(onPresented);
    video.addEventListener(ready, onReady);
    video.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
  });
}

/** A player kept in the page but unseen: some engines present (and call back) only for an element in the document. */
function hiddenPlayer(url: string): HTMLVideoElement {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  video.setAttribute('aria-hidden', 'true');
  video.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;pointer-events:none';
  video.src = url;
  document.body.append(video);
  return video;
}

function drawPicture(video: HTMLVideoElement, canvas: HTMLCanvasElement): void {
  const { videoWidth: width, videoHeight: height } = video;
  if (canvas.width !== width || canvas.height !== height) { canvas.width = width; canvas.height = height; }
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('A 2D canvas is not available.');
  ctx.drawImage(video, 0, 0, width, height); // the player has already turned the picture upright
}

/**
 * Analyses every frame of `file` through the video element, in presentation order, with the times of `samples`.
 * Aborting stops it with the signal's reason; a player that fails or stalls gives VideoFileError('decode').
 */
export async function* analyseWithElement(file: Blob, samples: readonly { readonly tUs: number; readonly durationUs: number }[], estimator: FrameEstimator,
  signal: AbortSignal | undefined, useFrameCallback: boolean): AsyncGenerator<VideoFileFrame> {
  const timesUs = samples.map((s) => s.tUs).sort((a, b) => a - b);
  const lastDurationUs = samples.reduce((longest, s) => (s.tUs === timesUs.at(-1) ? s.durationUs : longest), 0);
  const targetsS = seekTargetsS(timesUs, lastDurationUs);
  const total = timesUs.length;
  const url = URL.createObjectURL(file);
  const video = hiddenPlayer(url);
  const canvases = Array.from({ length: FRAMES_IN_FLIGHT + 1 }, () => document.createElement('canvas'));
  const inFlight: { pose: Promise<VideoFileFrame['frame']>; canvas: HTMLCanvasElement; index: number }[] = [];
  const settle = async (oldest: (typeof inFlight)[number]): Promise<VideoFileFrame> => ({
    frame: await oldest.pose, index: oldest.index, total, width: oldest.canvas.width, height: oldest.canvas.height, canvas: oldest.canvas, path: 'element',
  });
  try {
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) await videoEvent(video, 'loadeddata', signal, false);
    estimator.reset();
    for (let index = 0; index < total; index++) {
      signal?.throwIfAborted();
      const seeked = videoEvent(video, 'seeked', signal, useFrameCallback);
      video.currentTime = targetsS[index]!;
      await seeked;
      const canvas = canvases[index % canvases.length]!;
      drawPicture(video, canvas);
      const tUs = timesUs[index]!;
      // The estimator takes the frame over (closes it, or transfers it to the pose worker).
      const pose = estimator.estimateFrame(new VideoFrame(canvas, { timestamp: tUs }), tUs / 1000, 0);
      pose.catch(() => undefined); // awaited below in order; a rejection must not go unhandled meanwhile
      inFlight.push({ pose, canvas, index });
      if (inFlight.length === FRAMES_IN_FLIGHT) yield await settle(inFlight.shift()!);
    }
    for (let oldest = inFlight.shift(); oldest; oldest = inFlight.shift()) yield await settle(oldest);
  } finally {
    await Promise.allSettled(inFlight.map((f) => f.pose));
    video.removeAttribute('src');
    video.load(); // lets the player free its decoder now, not at garbage collection
    video.remove();
    URL.revokeObjectURL(url);
  }
}
