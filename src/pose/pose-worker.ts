// The pose worker: MoveNet runs here, off the page's main thread, so that the picture, the skeleton and the UI stay
// smooth. Frames arrive as transferred VideoFrames (no copy on the main thread) and are estimated one at a time, in
// the order they came, by the same estimator code as everywhere else (estimator.ts).
import * as Comlink from 'comlink';
import { chooseBrowserBackend, liveTensorCount } from './backend.ts';
import { createPoseEstimator, type PoseEstimator } from './estimator.ts';
import type { PoseWorkerApi } from './worker-api.ts';

const estimators = new Map<number, PoseEstimator>();
let nextId = 1;
/** Frames the worker was handed and found still open once estimated (the estimator closes each): 0 when nothing leaks. */
let framesLeftOpen = 0;
/** The tail of the work chain: estimates, resets and disposals run strictly in arrival order (MoveNet keeps state). */
let tail: Promise<unknown> = Promise.resolve();

function inOrder<T>(work: () => Promise<T> | T): Promise<T> {
  const run = tail.then(work, work);
  tail = run.catch(() => undefined);
  return run;
}

const api: PoseWorkerApi = {
  chooseBackend: (prefer) => chooseBrowserBackend(prefer),
  async load(choice, modelUrl) {
    const estimator = await createPoseEstimator(choice, modelUrl);
    const id = nextId++;
    estimators.set(id, estimator);
    return { id, model: estimator.model, backend: estimator.backend };
  },
  estimate: (id, frame, tMs, rotationDeg) => inOrder(() => {
    const estimator = estimators.get(id);
    if (!estimator) {
      frame.close();
      throw new Error('The pose model was replaced while a frame was on its way: that frame is skipped.');
    }
    const done = estimator.estimateFrame(frame, tMs, rotationDeg);
    // A closed VideoFrame has no format: checked once the estimate settles, whatever its outcome.
    const check = () => { if (frame.format !== null) framesLeftOpen++; };
    done.then(check, check);
    return done;
  }),
  reset: (id) => inOrder(() => { estimators.get(id)?.reset(); }),
  dispose: (id) => inOrder(() => {
    estimators.get(id)?.dispose();
    estimators.delete(id);
  }),
  // In order: counted after the frames already sent, never halfway through one estimate's tensors.
  tensorCount: () => inOrder(() => liveTensorCount()),
  framesLeftOpen: () => inOrder(() => framesLeftOpen),
};

Comlink.expose(api);
