// The pose model in the page itself, for a browser that cannot start the pose worker (module workers came in Firefox
// 114 and Safari 15): the same estimator code as the worker's, behind the same PoseWorker interface, so nothing else
// changes; only the page's main thread is busier while a frame is estimated.
import { chooseBrowserBackend, liveTensorCount } from './backend.ts';
import { createPoseEstimator } from './estimator.ts';
import type { PoseWorker } from './worker-client.ts';

/**
 * Whether `new Worker(url, { type: 'module' })` is understood: a browser that reads the `type` option supports module
 * workers (one that does not would run the module as a classic script and fail on its first import). The probe is an
 * empty blob: script (the page's CSP allows blob: workers, so no violation is reported), terminated at once.
 */
export function moduleWorkersSupported(scope: { readonly Worker?: typeof Worker } = globalThis): boolean {
  const WorkerClass = scope.Worker;
  if (WorkerClass === undefined) return false;
  let typeRead = false;
  const options = { get type(): WorkerType { typeRead = true; return 'module'; } };
  const url = URL.createObjectURL(new Blob([''], { type: 'text/javascript' }));
  try {
    new WorkerClass(url, options).terminate();
  } catch {
    // A worker refused for another reason still read its options first: the answer stands.
  } finally {
    URL.revokeObjectURL(url);
  }
  return typeRead;
}

/** The PoseWorker interface over estimators made in the page. */
export function startInPagePose(): PoseWorker {
  return {
    chooseBackend: (prefer) => chooseBrowserBackend(prefer),
    createEstimator: (choice, modelUrl) => createPoseEstimator(choice, modelUrl),
    tensorCount: () => Promise.resolve(liveTensorCount()),
    // Frames are closed by the estimator itself (estimator.ts), in the page as in the worker.
    framesLeftOpen: () => Promise.resolve(0),
    terminate: () => undefined,
  };
}
