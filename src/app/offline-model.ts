// A model fetched before the service worker controlled the page (the very first visit: the pose worker started
// before the worker was installed, so its fetch went around it) is put, once the service worker is active, into the
// cache the service worker reads for that model (vite.config.ts: Thunder's cache, CacheFirst). The files come from
// the browser's HTTP cache, just filled by the model's own download: no second download in practice.

/** The parts of the browser this uses (injected: fakes in tests). */
export interface OfflineModelDeps {
  /** navigator.serviceWorker, or undefined where the browser has none (no offline copy is possible then). */
  readonly serviceWorker: Pick<ServiceWorkerContainer, 'controller' | 'ready'> | undefined;
  readonly caches: Pick<CacheStorage, 'open'>;
  readonly fetchJson: (url: string) => Promise<unknown>;
}

/** The files of a tfjs graph model: its model.json and the weight files its manifest names (relative to it). */
async function modelFiles(modelJsonUrl: string, fetchJson: OfflineModelDeps['fetchJson']): Promise<string[]> {
  const json = await fetchJson(modelJsonUrl) as { weightsManifest?: { paths?: unknown }[] };
  const paths = (json.weightsManifest ?? []).flatMap((group): unknown[] => (Array.isArray(group.paths) ? (group.paths as unknown[]) : []))
    .filter((p): p is string => typeof p === 'string');
  return [modelJsonUrl, ...paths.map((p) => new URL(p, modelJsonUrl).href)];
}

/**
 * Keeps the model at modelJsonUrl for offline use in cacheName when the page was not controlled by a service worker
 * when it loaded it; does nothing where a service worker controls the page (its own fetch was cached) or none exists.
 * Resolves with the files stored ([] when nothing was needed).
 */
export async function keepModelOffline(modelJsonUrl: string, cacheName: string, deps: OfflineModelDeps): Promise<string[]> {
  const sw = deps.serviceWorker;
  if (!sw || sw.controller) return [];
  await sw.ready;
  const files = await modelFiles(modelJsonUrl, deps.fetchJson);
  const cache = await deps.caches.open(cacheName);
  await cache.addAll(files);
  return files;
}
