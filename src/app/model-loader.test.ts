import { describe, expect, it, vi } from 'vitest';
import type { ModelChoice } from '../pose/index.ts';
import { createModelLoader, type ModelLoaderDeps } from './model-loader.ts';
import { fakeEstimator, settle, type FakeEstimator } from './test-fakes.ts';

/** Loaders whose estimators resolve when the test says so, to order the loads by hand. */
function manualDeps() {
  const pending: { choice: ModelChoice; resolve: (e: FakeEstimator) => void; reject: (e: unknown) => void }[] = [];
  const deps: ModelLoaderDeps = {
    chooseBackend: vi.fn(() => Promise.resolve({ backend: 'wasm', renderer: null, reason: 'WebAssembly (no graphics card for WebGL)' })),
    createEstimator: (choice) => new Promise((resolve, reject) => { pending.push({ choice, resolve, reject }); }),
  };
  return { deps, pending };
}

describe('model loader', () => {
  it('says it is busy while loading, then which backend and model run', async () => {
    const { deps, pending } = manualDeps();
    const loader = createModelLoader(deps, () => undefined, 'wasm');
    const loading = loader.load('thunder');
    expect(loader.busy.value).toBe('Loading the Thunder pose model…');
    await settle();
    expect(deps.chooseBackend).toHaveBeenCalledWith('wasm');
    expect(loader.backend.value).toBe('wasm: WebAssembly (no graphics card for WebGL)');
    pending[0]!.resolve(fakeEstimator('movenet-thunder'));
    await loading;
    expect(loader.busy.value).toBeNull();
    expect(loader.modelInUse.value).toBe('movenet-thunder');
  });

  it('disposes the previous estimator before loading the next', async () => {
    const { deps, pending } = manualDeps();
    const loader = createModelLoader(deps, () => undefined);
    const first = fakeEstimator();
    void loader.load('lightning');
    await settle();
    pending[0]!.resolve(first);
    await settle();
    void loader.load('thunder');
    await settle();
    expect(first.disposed).toBe(true);
    expect(pending.map((p) => p.choice)).toEqual(['lightning', 'thunder']);
  });

  it('gives the newest estimator when a model is picked while another loads', async () => {
    const { deps, pending } = manualDeps();
    const loader = createModelLoader(deps, () => undefined);
    const lightning = fakeEstimator('movenet-lightning');
    const thunder = fakeEstimator('movenet-thunder');
    void loader.load('lightning');
    const current = loader.current('lightning');
    void loader.load('thunder');
    await settle();
    pending[0]!.resolve(lightning);
    await settle();
    pending[1]!.resolve(thunder);
    expect(await current).toBe(thunder);
  });

  it('loads the fallback model when nothing was asked for yet', async () => {
    const { deps, pending } = manualDeps();
    const loader = createModelLoader(deps, () => undefined);
    const current = loader.current('thunder');
    await settle();
    pending[0]!.resolve(fakeEstimator('movenet-thunder'));
    expect((await current).model).toBe('movenet-thunder');
  });

  it('reports a model that fails to load and is no longer busy', async () => {
    const { deps, pending } = manualDeps();
    const report = vi.fn();
    const loader = createModelLoader(deps, report);
    const loading = loader.load('lightning');
    await settle();
    pending[0]!.reject(new Error('The model files could not be fetched.'));
    await expect(loading).rejects.toThrow('could not be fetched');
    expect(report).toHaveBeenCalledWith(new Error('The model files could not be fetched.'));
    expect(loader.busy.value).toBeNull();
    expect(loader.modelInUse.value).toBeNull();
  });
});
