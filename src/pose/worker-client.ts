// The page's side of the pose worker: starts it as a same-origin module worker (the page's CSP allows 'self' only,
// no blob: URLs) and wraps its estimators as FrameEstimators whose frames are transferred, never copied.
import * as Comlink from 'comlink';
import type { BackendChoice, BackendName } from './backend.ts';
import type { FrameEstimator, ModelChoice } from './estimator.ts';
import type { PoseWorkerApi } from './worker-api.ts';

export interface PoseWorker {
  chooseBackend(prefer?: BackendName): Promise<BackendChoice>;
  /** Loads `choice` from modelUrl (made absolute against the page, since the worker's own URL differs). */
  createEstimator(choice: ModelChoice, modelUrl: string): Promise<FrameEstimator>;
  tensorCount(): Promise<number>;
  framesLeftOpen(): Promise<number>;
  terminate(): void;
}

export function startPoseWorker(): PoseWorker {
  const worker = new Worker(new URL('./pose-worker.ts', import.meta.url), { type: 'module', name: 'springboard-pose' });
  const remote = Comlink.wrap<PoseWorkerApi>(worker);
  return {
    chooseBackend: (prefer) => remote.chooseBackend(prefer),
    async createEstimator(choice, modelUrl) {
      const loaded = await remote.load(choice, new URL(modelUrl, location.href).href);
      return {
        model: loaded.model,
        backend: loaded.backend,
        estimateFrame: (frame, tMs, rotationDeg = 0) => remote.estimate(loaded.id, Comlink.transfer(frame, [frame]), tMs, rotationDeg),
        // Sent in order with the frames: the worker resets after the frames already on their way.
        reset: () => { void remote.reset(loaded.id); },
        dispose: () => { void remote.dispose(loaded.id); },
      };
    },
    tensorCount: () => remote.tensorCount(),
    framesLeftOpen: () => remote.framesLeftOpen(),
    terminate: () => { remote[Comlink.releaseProxy](); worker.terminate(); },
  };
}
