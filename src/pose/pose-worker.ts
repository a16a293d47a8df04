// The pose worker: MoveNet runs here, off the page's main thread, so that the picture, the skeleton and the UI stay
// smooth. It is the frame worker's own child (frame-reader-worker.ts starts it): the frame worker reads each frame,
// makes the model's input values and sends them here, and measures the camera itself: this thread runs the model and
// nothing else, estimating one frame at a time, in the order they came, with the same estimator code as everywhere
// else (estimator.ts).
import * as Comlink from 'comlink';
import { chooseBrowserBackend, liveTensorCount } from './backend.ts';
import { createPoseEstimator, type ModelValues, type PoseEstimator } from './estimator.ts';
import { NewestSlot } from './newest-slot.ts';
import { Sequence } from './sequence.ts';
import type { PoseFrame } from '../analysis/index.ts';
import type { PoseWorkerApi } from './worker-api.ts';

const estimators = new Map<number, PoseEstimator>();
let nextId = 1;
/** Estimates, resets and disposals run strictly in arrival order (MoveNet keeps state). */
const work = new Sequence();
const inOrder = <T>(step: () => Promise<T> | T): Promise<T> => work.run(step);

interface Estimated { readonly frame: PoseFrame | null; readonly data: Int32Array }

/** The model alone on a frame's values; the buffer goes back (transferred) with the pose, to be filled again. */
const estimateValues = (id: number, values: ModelValues, tMs: number): Promise<Estimated & { readonly frame: PoseFrame }> => inOrder(async () => {
  const estimator = estimators.get(id);
  if (!estimator) throw new Error('The pose model was replaced while a frame was on its way: that frame is skipped.');
  return { frame: await estimator.estimateModelValues(values, tMs), data: values.data };
});

const sent = <E extends Estimated>(estimated: E): E => Comlink.transfer(estimated, [estimated.data.buffer]);

interface LiveValues { readonly id: number; readonly values: ModelValues; readonly tMs: number }

/**
 * The live slot, next to the model. Reason: with the slot in the frame worker, the next frame waited for the pose to
 * travel there and for that thread to be free (it reads and measures every camera frame), time the model sat idle in
 * every 34 ms camera interval; here the model takes the waiting frame as soon as it is done.
 */
const live = new NewestSlot<LiveValues, Estimated>((f) => {
  const result = estimateValues(f.id, f.values, f.tMs);
  return { free: result, result };
}, () => undefined);

const api: PoseWorkerApi = {
  chooseBackend: (prefer) => chooseBrowserBackend(prefer),
  async load(choice, modelUrl) {
    const estimator = await createPoseEstimator(choice, modelUrl);
    const id = nextId++;
    estimators.set(id, estimator);
    return { id, model: estimator.model, backend: estimator.backend };
  },
  estimateModelValues: async (id, values, tMs) => sent(await estimateValues(id, values, tMs)),
  estimateNewestValues: async (id, values, tMs) =>
    sent(await live.offer({ id, values, tMs }) ?? { frame: null, data: values.data }),
  reset: (id) => { live.clear(); return inOrder(() => { estimators.get(id)?.reset(); }); },
  dispose: (id) => { live.clear(); return inOrder(() => {
    estimators.get(id)?.dispose();
    estimators.delete(id);
  }); },
  // In order: counted after the frames already sent, never halfway through one estimate's tensors.
  tensorCount: () => inOrder(() => liveTensorCount()),
};

Comlink.expose(api);
