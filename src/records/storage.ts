// Persistent storage and disk use. Without persistence a browser may evict IndexedDB under storage pressure, so the
// app asks once (navigator.storage.persist) and shows the answer; the estimate shows how close the disk is to full.

export type PersistenceState = 'persisted' | 'refused' | 'unsupported';

export interface PersistenceStatus {
  readonly state: PersistenceState;
  /** A sentence for the settings screen. */
  readonly message: string;
}

type StorageLike = Pick<StorageManager, 'persist' | 'persisted'> & Partial<Pick<StorageManager, 'estimate'>>;

const defaultStorage = (): StorageLike | undefined => (globalThis.navigator as Navigator | undefined)?.storage;

/** Asks the browser to keep the records even under storage pressure; returns what it answered. */
export async function requestPersistentStorage(storage: StorageLike | undefined = defaultStorage()): Promise<PersistenceStatus> {
  if (!storage?.persist) {
    return { state: 'unsupported', message: 'This browser cannot promise to keep the records: export a backup regularly.' };
  }
  const granted = (await storage.persisted()) || (await storage.persist());
  return granted
    ? { state: 'persisted', message: 'Records are kept on this device until you delete them.' }
    : { state: 'refused', message: 'The browser may delete the records when the disk runs low (it did not grant persistent '
      + 'storage): install the app or bookmark it to make that less likely, and export a backup regularly.' };
}

export interface StorageUse {
  readonly usageBytes: number;
  readonly quotaBytes: number;
  readonly message: string;
}

/**
 * Share of the quota above which the app warns: 0.9, so that the warning comes while a 10-minute session
 * (about 2 MB with its track) still fits on any device with a quota above 20 MB.
 */
export const STORAGE_WARNING_SHARE = 0.9;

/** How much of the browser's quota the app uses, as numbers and a sentence; null when the browser cannot say. */
export async function describeStorageUse(storage: StorageLike | undefined = defaultStorage()): Promise<StorageUse | null> {
  const estimate = await storage?.estimate?.();
  if (!estimate || estimate.usage === undefined || !estimate.quota) return null;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const share = estimate.usage / estimate.quota;
  const message = share >= STORAGE_WARNING_SHARE
    ? `Storage is almost full (${mb(estimate.usage)} of ${mb(estimate.quota)}): export a backup and delete old sessions.`
    : `Records use ${mb(estimate.usage)} of ${mb(estimate.quota)} available.`;
  return { usageBytes: estimate.usage, quotaBytes: estimate.quota, message };
}
