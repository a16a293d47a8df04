// Bench hook, installed only when the page is opened with ?bench: lets the Chromium bench (src/cli/bench/chromium.ts)
// and the e2e tests time the real built app's estimator on a real frame, without the camera.
import type { PoseFrame } from '../analysis/index.ts';
import {
  analyseVideoFile, chooseBrowserBackend, createPoseEstimator, liveTensorCount, MODEL_OF_CHOICE, modelUrl, openCamera, runLive,
  startPoseWorker,
  type BackendName, type PoseWorker, type FrameEstimator, type ModelChoice,
} from '../pose/index.ts';

export interface BenchRequest {
  readonly model: ModelChoice;
  /** One video frame as a PNG, base64 (passed in, so the page makes no extra request). */
  readonly pngBase64: string;
  readonly warmupFrames: number;
  readonly frames: number;
}

export interface BenchReply {
  readonly backend: string;
  readonly model: string;
  /**
   * Wall time of each timed estimate (ms), from one ImageData reused frame after frame as the video-file path feeds
   * it, keypoint read-back included. Not timed: getting the pixels, which both paths copy from a WebCodecs VideoFrame
   * into reused memory (~0.5 ms a frame; see RgbaFrameReader in pose/frame-pixels.ts), or, where a browser cannot,
   * draw on a canvas and read back (~10 ms more).
   */
  readonly msPerFrame: readonly number[];
  readonly framesWithPerson: number;
  /** tf.memory().numTensors before the first and after the last estimate: equal when nothing leaks. */
  readonly tensorsBefore: number;
  readonly tensorsAfter: number;
}

export interface PathsRequest {
  readonly model: ModelChoice;
  /** A whole MP4 clip, base64. */
  readonly mp4Base64: string;
  /** Frames to compare from the start of the clip. */
  readonly maxFrames: number;
}

export interface PathsReply {
  /** Every frame's pose from the estimator on the page (the path before the pose worker). */
  readonly direct: readonly PoseFrame[];
  /** The same decoded frames' poses from the pose worker (each frame cloned and transferred). */
  readonly worker: readonly PoseFrame[];
  readonly directBackend: string;
  readonly workerBackend: string;
  /** Tensors alive in the worker before the first and after the last frame: equal when nothing leaks. */
  readonly workerTensorsBefore: number;
  readonly workerTensorsAfter: number;
}

/** The live pipeline (camera, runLive, pose worker) without the screen: for a model the screen offers only for files. */
export interface LiveReply {
  readonly analysedFps: number;
  readonly dropped: number;
  readonly backend: string;
  /** Frames analysed in the timed window. */
  readonly frames: number;
  /** Tensors alive in the pose worker when the timed window opens and after its last frame: equal when nothing leaks. */
  readonly workerTensorsBefore: number;
  readonly workerTensorsAfter: number;
  /** Frames the worker found still open after estimating them (0 when nothing leaks). */
  readonly workerFramesLeftOpen: number;
}

export interface BenchHook {
  /** Runs the camera through runLive and the pose worker for `seconds` after `warmupFrames`. */
  live(request: { readonly model: ModelChoice; readonly seconds: number; readonly warmupFrames: number }): Promise<LiveReply>;
  measure(request: BenchRequest): Promise<BenchReply>;
  /** Runs a clip's frames through the page's estimator and the pose worker's, frame for frame. */
  comparePaths(request: PathsRequest): Promise<PathsReply>;
}

declare global {
  interface Window { springboardBench?: BenchHook }
}

/** The frame's pixels as ImageData: the input the video-file path gives the estimator. */
async function pixelsFromPng(pngBase64: string): Promise<ImageData> {
  const bytes = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('A 2D canvas is not available.');
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** Both estimators on each decoded frame: the page's on the frame, the worker's on a clone (same picture, no copy). */
function teeEstimator(direct: FrameEstimator, worker: FrameEstimator, workerFrames: PoseFrame[]): FrameEstimator {
  return {
    model: direct.model,
    backend: direct.backend,
    async estimateFrame(frame, tMs, rotationDeg) {
      const copy = frame.clone();
      const fromPage = await direct.estimateFrame(frame, tMs, rotationDeg);
      workerFrames.push(await worker.estimateFrame(copy, tMs, rotationDeg));
      return fromPage;
    },
    reset() { direct.reset(); worker.reset(); },
    dispose() { direct.dispose(); worker.dispose(); },
  };
}

async function comparePaths(request: PathsRequest, modelBase: string, preferBackend?: BackendName): Promise<PathsReply> {
  const url = modelUrl(MODEL_OF_CHOICE[request.model], modelBase);
  await chooseBrowserBackend(preferBackend);
  const poseWorker = startPoseWorker();
  try {
    await poseWorker.chooseBackend(preferBackend);
    const direct = await createPoseEstimator(request.model, url);
    const worker = await poseWorker.createEstimator(request.model, url);
    const workerFrames: PoseFrame[] = [];
    const directFrames: PoseFrame[] = [];
    const workerTensorsBefore = await poseWorker.tensorCount();
    const bytes = Uint8Array.from(atob(request.mp4Base64), (c) => c.charCodeAt(0));
    const tee = teeEstimator(direct, worker, workerFrames);
    for await (const r of analyseVideoFile(new Blob([bytes], { type: 'video/mp4' }), tee)) {
      directFrames.push(r.frame);
      if (directFrames.length >= request.maxFrames) break;
    }
    const workerTensorsAfter = await poseWorker.tensorCount();
    tee.dispose();
    return { direct: directFrames, worker: workerFrames, directBackend: direct.backend, workerBackend: worker.backend, workerTensorsBefore, workerTensorsAfter };
  } finally {
    poseWorker.terminate();
  }
}

interface LiveWindow { readonly frames: number; readonly dropped: number; readonly ms: number; readonly tensorsBefore: Promise<number> }

/** Runs the live loop until `seconds` have passed after `warmupFrames`; the loop stops sending frames on return. */
function liveWindow(video: HTMLVideoElement, estimator: FrameEstimator, poseWorker: PoseWorker, seconds: number, warmupFrames: number): Promise<LiveWindow> {
  const loop = new AbortController();
  let frames = 0;
  let startMs = 0;
  let startDropped = 0;
  let tensorsBefore: Promise<number> = Promise.resolve(Number.NaN);
  return new Promise<LiveWindow>((resolve, reject) => {
    runLive(video, estimator, {
      signal: loop.signal,
      onError: (error) => { loop.abort(); reject(error instanceof Error ? error : new Error(String(error))); },
      onFrame: (r) => {
        frames++;
        if (frames === warmupFrames) { startMs = performance.now(); startDropped = r.dropped; tensorsBefore = poseWorker.tensorCount(); }
        if (frames > warmupFrames && performance.now() - startMs >= seconds * 1000) {
          loop.abort();
          resolve({ frames: frames - warmupFrames, dropped: r.dropped - startDropped, ms: performance.now() - startMs, tensorsBefore });
        }
      },
    });
  });
}

async function measureLive(model: ModelChoice, seconds: number, warmupFrames: number, modelBase: string, preferBackend?: BackendName): Promise<LiveReply> {
  const poseWorker = startPoseWorker();
  const video = document.createElement('video');
  video.muted = true;
  document.body.append(video);
  const camera = await openCamera(video, 'user');
  try {
    await poseWorker.chooseBackend(preferBackend);
    const estimator = await poseWorker.createEstimator(model, modelUrl(MODEL_OF_CHOICE[model], modelBase));
    const w = await liveWindow(video, estimator, poseWorker, seconds, warmupFrames);
    // Both counts run in the worker's order: after the last frame sent, before the estimator is disposed.
    const [workerTensorsBefore, workerTensorsAfter, workerFramesLeftOpen] = await Promise.all([w.tensorsBefore, poseWorker.tensorCount(), poseWorker.framesLeftOpen()]);
    estimator.dispose();
    return {
      analysedFps: (w.frames * 1000) / w.ms, dropped: w.dropped, backend: estimator.backend, frames: w.frames,
      workerTensorsBefore, workerTensorsAfter, workerFramesLeftOpen,
    };
  } finally {
    camera.stop();
    video.remove();
    poseWorker.terminate();
  }
}

export function installBenchHook(modelBase: string, preferBackend?: BackendName): void {
  window.springboardBench = {
    live: (request) => measureLive(request.model, request.seconds, request.warmupFrames, modelBase, preferBackend),
    comparePaths: (request) => comparePaths(request, modelBase, preferBackend),
    async measure(request) {
      await chooseBrowserBackend(preferBackend);
      const pixels = await pixelsFromPng(request.pngBase64);
      const estimator = await createPoseEstimator(request.model, modelUrl(MODEL_OF_CHOICE[request.model], modelBase));
      try {
        for (let i = 0; i < request.warmupFrames; i++) await estimator.estimate(pixels, i);
        const tensorsBefore = liveTensorCount();
        const msPerFrame: number[] = [];
        let framesWithPerson = 0;
        for (let i = 0; i < request.frames; i++) {
          const started = performance.now();
          const frame = await estimator.estimate(pixels, i);
          msPerFrame.push(performance.now() - started);
          if (frame.keypoints) framesWithPerson++;
        }
        return { backend: estimator.backend, model: estimator.model, msPerFrame, framesWithPerson, tensorsBefore, tensorsAfter: liveTensorCount() };
      } finally {
        estimator.dispose();
      }
    },
  };
}
