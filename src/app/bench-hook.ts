// Bench hook, installed only when the page is opened with ?bench: lets the Chromium bench (src/cli/bench/chromium.ts)
// and the e2e tests time the real built app's estimator on a real frame, without the camera.
import {
  chooseBrowserBackend, createPoseEstimator, liveTensorCount, MODEL_OF_CHOICE, modelUrl, type BackendName, type ModelChoice,
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

export interface BenchHook { measure(request: BenchRequest): Promise<BenchReply> }

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

export function installBenchHook(modelBase: string, preferBackend?: BackendName): void {
  window.springboardBench = {
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
