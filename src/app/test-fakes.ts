// Test support for the app's controllers: a fake FrameEstimator, fake camera and live loop, a fake video file and a
// recording frame sink, so that the controllers run in Node without a camera, a browser or a model.
import { KEYPOINT_NAMES, type ModelName, type PoseFrame } from '../analysis/index.ts';
import type { LiveOptions, FrameEstimator, VideoFileFrame } from '../pose/index.ts';
import type { FrameSink, RunStart } from './task-run.ts';

export const personFrame = (tMs: number): PoseFrame => ({ tMs, keypoints: KEYPOINT_NAMES.map(() => [10, 20, 0.9] as const) });
export const emptyFrame = (tMs: number): PoseFrame => ({ tMs, keypoints: null });

export interface FakeEstimator extends FrameEstimator {
  resets: number;
  disposed: boolean;
}

export function fakeEstimator(model: ModelName = 'movenet-lightning'): FakeEstimator {
  const est: FakeEstimator = {
    model,
    backend: 'fake',
    resets: 0,
    disposed: false,
    estimateFrame: (frame, tMs) => { frame.close(); return Promise.resolve(personFrame(tMs)); },
    reset() { est.resets++; },
    dispose() { est.disposed = true; },
  };
  return est;
}

/** A fake camera that opens on demand and a fake live loop the test feeds frame by frame. */
export function fakeCamera() {
  const loops: { estimator: FrameEstimator; options: LiveOptions }[] = [];
  const cameras: { mirrored: boolean; stopped: boolean; stop(): void }[] = [];
  let failure: unknown;
  return {
    loops,
    cameras,
    failNextOpen(error: unknown) { failure = error; },
    openCamera() {
      if (failure !== undefined) { const e = failure; failure = undefined; return Promise.reject(e instanceof Error ? e : new Error(typeof e === 'string' ? e : 'the fake camera failed')); }
      const camera = { mirrored: true, stopped: false, stop() { camera.stopped = true; } };
      cameras.push(camera);
      return Promise.resolve(camera);
    },
    runLive(_video: HTMLVideoElement, estimator: FrameEstimator, options: LiveOptions) { loops.push({ estimator, options }); },
    /** Sends a frame through the newest loop, as runLive would after estimating it. */
    frame(frame: PoseFrame, fps = 30) {
      const loop = loops.at(-1);
      if (!loop || loop.options.signal.aborted) return;
      loop.options.onFrame({ frame, fps, cameraFps: 30, dropped: 30 - fps, inferenceMs: 20, width: 640, height: 480 });
    },
  };
}

/** A video file of `frames`, each yielded once the test releases it (or all at once with `gate` null). */
export function fakeVideo(frames: readonly PoseFrame[], options: { total?: number; failAfter?: number; pictureEvery?: number } = {}) {
  const calls: { signal: AbortSignal }[] = [];
  const canvas = {} as HTMLCanvasElement;
  async function* analyse(_file: File, estimator: FrameEstimator, signal: AbortSignal): AsyncGenerator<VideoFileFrame> {
    calls.push({ signal });
    estimator.reset();
    for (const [index, frame] of frames.entries()) {
      await Promise.resolve();
      signal.throwIfAborted();
      if (index === options.failAfter) throw new Error('The decoder broke.');
      // pictureEvery: a picture drawn for every n-th frame only, as the video-file path does at its picture interval.
      const picture = index % (options.pictureEvery ?? 1) === 0 ? canvas : null;
      yield { frame, index, total: options.total ?? frames.length, width: 320, height: 240, canvas: picture, path: 'webcodecs' };
    }
  }
  return { analyse, calls };
}

/** Records what a frame sink receives. */
export function recordingSink() {
  const events: (['begin', RunStart] | ['frame', number] | ['end', string])[] = [];
  const sink: FrameSink = {
    begin: (start) => events.push(['begin', start]),
    frame: (frame) => events.push(['frame', frame.tMs]),
    end: (how) => events.push(['end', how]),
  };
  return { sink, events };
}

/** Lets every pending promise callback run. */
export const settle = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });
