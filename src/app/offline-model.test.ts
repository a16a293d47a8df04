// keepModelOffline with a fake service worker container and cache storage.
import { describe, expect, it } from 'vitest';
import { keepModelOffline, type OfflineModelDeps } from './offline-model.ts';

const MODEL = 'https://app.example/models/movenet-thunder.json';
const manifest = { weightsManifest: [{ paths: ['movenet-thunder.bin'] }] };

function fakes(controlled: boolean | 'none') {
  const stored: { name: string; urls: string[] }[] = [];
  const deps: OfflineModelDeps = {
    serviceWorker: controlled === 'none' ? undefined
      : { controller: controlled ? ({} as ServiceWorker) : null, ready: Promise.resolve({} as ServiceWorkerRegistration) },
    caches: { open: (name: string) => Promise.resolve({ addAll: (urls: string[]) => { stored.push({ name, urls: [...urls] }); return Promise.resolve(); } } as unknown as Cache) },
    fetchJson: (url) => Promise.resolve(url === MODEL ? manifest : {}),
  };
  return { deps, stored };
}

describe('keepModelOffline', () => {
  it('stores the model.json and the weight files it names when no service worker controlled the page', async () => {
    const { deps, stored } = fakes(false);
    expect(await keepModelOffline(MODEL, 'springboard-thunder-abc', deps)).toHaveLength(2);
    expect(stored).toEqual([{ name: 'springboard-thunder-abc', urls: [MODEL, 'https://app.example/models/movenet-thunder.bin'] }]);
  });

  it('leaves it to the service worker that controls the page, and does nothing without service workers', async () => {
    for (const state of [true, 'none'] as const) {
      const { deps, stored } = fakes(state);
      expect(await keepModelOffline(MODEL, 'springboard-thunder-abc', deps)).toEqual([]);
      expect(stored).toEqual([]);
    }
  });
});
