// The page's side of the pose workers: starts the frame worker, a same-origin module worker (the page's CSP allows
// 'self' only, no blob: URLs), which starts the pose worker (MoveNet) as its own child, and wraps the pose worker's
// estimators as FrameEstimators. A frame goes to the frame worker (transferred, never copied on the
// page), which reads it, sends the model's input to the pose worker and finishes the pose: the page sends a VideoFrame
// and gets a PoseFrame back, and two frames in flight (the video-file path) are read and estimated on two threads.
import * as Comlink from 'comlink';
import type { BackendChoice, BackendName } from './backend.ts';
import type { FrameEstimator, ModelChoice } from './estimator.ts';
import type { FrameWorkerApi } from './worker-api.ts';

export interface PoseWorker {
  chooseBackend(prefer?: BackendName): Promise<BackendChoice>;
  /** Loads `choice` from modelUrl (made absolute against the page, since the worker's own URL differs). */
  createEstimator(choice: ModelChoice, modelUrl: string): Promise<FrameEstimator>;
  tensorCount(): Promise<number>;
  framesLeftOpen(): Promise<number>;
  terminate(): void;
}

export function startPoseWorker(): PoseWorker {
  const frameWorker = new Worker(new URL('./frame-reader-worker.ts', import.meta.url), { type: 'module', name: 'springboard-frames' });
  const frames = Comlink.wrap<FrameWorkerApi>(frameWorker);
  return {
    chooseBackend: (prefer) => frames.chooseBackend(prefer),
    async createEstimator(choice, modelUrl) {
      const { id, model, backend } = await frames.load(choice, new URL(modelUrl, location.href).href);
      return {
        model,
        backend,
        // Each call is posted at once, so the frame worker takes frames, resets and disposals in the order made.
        estimateFrame: (frame, tMs, rotationDeg = 0) => frames.estimateFrame(id, Comlink.transfer(frame, [frame]), rotationDeg, tMs),
        estimateNewest: (frame, tMs) => frames.estimateNewest(id, Comlink.transfer(frame, [frame]), tMs),
        reset: () => { void frames.reset(id); },
        dispose: () => { void frames.dispose(id); },
      };
    },
    tensorCount: () => frames.tensorCount(),
    framesLeftOpen: () => frames.framesLeftOpen(),
    terminate: () => {
      frames[Comlink.releaseProxy]();
      frameWorker.terminate(); // its child, the pose worker, ends with it
    },
  };
}
