// Model loading for the pose run: picks the backend once, loads the chosen MoveNet model, and replaces (and disposes)
// the previous estimator when another model is picked. Publishes what runs and whether it is still loading.
import { signal, type ReadonlySignal } from '@preact/signals';
import type { ModelName } from '../analysis/index.ts';
import type { BackendChoice, BackendName, ModelChoice, FrameEstimator } from '../pose/index.ts';

/** The pose layer's loaders, injected so that tests run with fakes (no browser, no model files). */
export interface ModelLoaderDeps {
  chooseBackend(prefer?: BackendName): Promise<BackendChoice>;
  createEstimator(choice: ModelChoice): Promise<FrameEstimator>;
}

export interface ModelLoader {
  /** Backend in use and why, e.g. "wasm: WebAssembly (no graphics card for WebGL)"; null while starting. */
  readonly backend: ReadonlySignal<string | null>;
  /** The model loaded and running (null while loading). */
  readonly modelInUse: ReadonlySignal<ModelName | null>;
  /** A sentence while the model loads, else null. */
  readonly busy: ReadonlySignal<string | null>;
  /** Starts loading `choice`; the previous estimator is disposed first. A failure is reported and rejects. */
  load(choice: ModelChoice): Promise<FrameEstimator>;
  /** The newest estimator (loading `fallback` if none was asked for): a model picked while one loads wins. */
  current(fallback: ModelChoice): Promise<FrameEstimator>;
}

export function createModelLoader(deps: ModelLoaderDeps, report: (error: unknown) => void, preferBackend?: BackendName): ModelLoader {
  const backend = signal<string | null>(null);
  const modelInUse = signal<ModelName | null>(null);
  const busy = signal<string | null>(null);
  let estimator: Promise<FrameEstimator> | undefined;

  const load = (choice: ModelChoice): Promise<FrameEstimator> => {
    busy.value = `Loading the ${choice === 'thunder' ? 'Thunder' : 'Lightning'} pose model…`;
    const previous = estimator;
    const loading = (async () => {
      (await previous?.catch(() => undefined))?.dispose();
      const chosen = await deps.chooseBackend(preferBackend);
      backend.value = `${chosen.backend}: ${chosen.reason}`;
      modelInUse.value = null;
      const created = await deps.createEstimator(choice);
      modelInUse.value = created.model;
      return created;
    })();
    estimator = loading;
    loading.then(() => { busy.value = null; }, (error: unknown) => { busy.value = null; report(error); });
    return loading;
  };

  const current = async (fallback: ModelChoice): Promise<FrameEstimator> => {
    let pending = estimator ?? load(fallback);
    let est = await pending;
    while (estimator !== undefined && pending !== estimator) { pending = estimator; est = await pending; }
    return est;
  };

  return { backend, modelInUse, busy, load, current };
}
