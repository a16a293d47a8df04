// The page's side of the pose worker: starts it, and the frame-reader worker beside it, as same-origin module workers
// (the page's CSP allows 'self' only, no blob: URLs), and wraps the worker's estimators as FrameEstimators. A frame
// goes to the reader (transferred, never copied on the page), its pixels come back in a buffer of their own and go on
// to the pose worker (transferred again), and the buffer returns with the pose to be filled by a later frame. Two
// frames in flight (the video-file path) are thus read and estimated at the same time, on two threads.
import * as Comlink from 'comlink';
import type { BackendChoice, BackendName } from './backend.ts';
import type { FrameEstimator, ModelChoice } from './estimator.ts';
import type { FrameReaderApi, PoseWorkerApi } from './worker-api.ts';

export interface PoseWorker {
  chooseBackend(prefer?: BackendName): Promise<BackendChoice>;
  /** Loads `choice` from modelUrl (made absolute against the page, since the worker's own URL differs). */
  createEstimator(choice: ModelChoice, modelUrl: string): Promise<FrameEstimator>;
  tensorCount(): Promise<number>;
  framesLeftOpen(): Promise<number>;
  terminate(): void;
}

/**
 * Pixel buffers kept for reuse. Reason: one comes back with each pose and the next frame's read fills it, so two
 * frames in flight need two; a third covers a read that starts before the oldest pose is back.
 */
const SPARE_BUFFERS = 3;

export function startPoseWorker(): PoseWorker {
  const worker = new Worker(new URL('./pose-worker.ts', import.meta.url), { type: 'module', name: 'springboard-pose' });
  const readerWorker = new Worker(new URL('./frame-reader-worker.ts', import.meta.url), { type: 'module', name: 'springboard-frames' });
  const remote = Comlink.wrap<PoseWorkerApi>(worker);
  const reader = Comlink.wrap<FrameReaderApi>(readerWorker);
  return {
    chooseBackend: (prefer) => remote.chooseBackend(prefer),
    async createEstimator(choice, modelUrl) {
      const loaded = await remote.load(choice, new URL(modelUrl, location.href).href);
      const spare: ArrayBuffer[] = [];
      /**
       * Settles once every call made so far has been sent to the pose worker. Each call is sent (synchronously, in its
       * turn's reaction) once the calls before it were sent and its own input is ready: estimates, whose pixels are read
       * in arrival order, and resets go out in the order they were made, as one message stream would.
       */
      let sent: Promise<void> = Promise.resolve();
      const inSendOrder = <P, T>(ready: Promise<P>, send: (value: P) => Promise<T>): Promise<T> => {
        const turn = sent.then(() => ready);
        sent = turn.then(() => undefined, () => undefined);
        return turn.then(send);
      };
      return {
        model: loaded.model,
        backend: loaded.backend,
        estimateFrame(frame, tMs, rotationDeg = 0) {
          const reuse = spare.pop();
          const pixels = reader.read(Comlink.transfer(frame, [frame]), rotationDeg, reuse && Comlink.transfer(reuse, [reuse]));
          return inSendOrder(pixels, (px) => remote.estimatePixels(loaded.id, Comlink.transfer(px, [px.data.buffer]), tMs).then(({ frame: pose, data }) => {
            if (spare.length < SPARE_BUFFERS) spare.push(data.buffer as ArrayBuffer);
            return pose;
          }));
        },
        // Sent in order with the frames: the worker resets after the frames already on their way.
        reset: () => { void inSendOrder(Promise.resolve(), () => remote.reset(loaded.id)); },
        dispose: () => { void inSendOrder(Promise.resolve(), () => remote.dispose(loaded.id)); },
      };
    },
    tensorCount: () => remote.tensorCount(),
    framesLeftOpen: () => reader.framesLeftOpen(),
    terminate: () => {
      remote[Comlink.releaseProxy]();
      reader[Comlink.releaseProxy]();
      worker.terminate();
      readerWorker.terminate();
    },
  };
}
