// The pose worker: MoveNet runs here, off the page's main thread, so that the picture, the skeleton and the UI stay
// smooth. It is the frame worker's own child (frame-reader-worker.ts starts it): the frame worker reads each frame,
// makes the model's input values and sends them here, and measures the camera itself: this thread runs the model and
// nothing else, estimating one frame at a time, in the order they came, with the same estimator code as everywhere
// else (estimator.ts).
import * as Comlink from 'comlink';
import { chooseBrowserBackend, liveTensorCount } from './backend.ts';
import { createPoseEstimator, type PoseEstimator } from './estimator.ts';
import { Sequence } from './sequence.ts';
import type { PoseWorkerApi } from './worker-api.ts';

const estimators = new Map<number, PoseEstimator>();
let nextId = 1;
/** Estimates, resets and disposals run strictly in arrival order (MoveNet keeps state). */
const work = new Sequence();
const inOrder = <T>(step: () => Promise<T> | T): Promise<T> => work.run(step);

const api: PoseWorkerApi = {
  chooseBackend: (prefer) => chooseBrowserBackend(prefer),
  async load(choice, modelUrl) {
    const estimator = await createPoseEstimator(choice, modelUrl);
    const id = nextId++;
    estimators.set(id, estimator);
    return { id, model: estimator.model, backend: estimator.backend };
  },
  estimateModelValues: (id, values, tMs) => inOrder(async () => {
    const estimator = estimators.get(id);
    if (!estimator) throw new Error('The pose model was replaced while a frame was on its way: that frame is skipped.');
    const frame = await estimator.estimateModelValues(values, tMs);
    return Comlink.transfer({ frame, data: values.data }, [values.data.buffer]);
  }),
  reset: (id) => inOrder(() => { estimators.get(id)?.reset(); }),
  dispose: (id) => inOrder(() => {
    estimators.get(id)?.dispose();
    estimators.delete(id);
  }),
  // In order: counted after the frames already sent, never halfway through one estimate's tensors.
  tensorCount: () => inOrder(() => liveTensorCount()),
};

Comlink.expose(api);
