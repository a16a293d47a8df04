import { describe, expect, it } from 'vitest';
import { describeStorageUse, requestPersistentStorage } from './storage.ts';

const storage = (persisted: boolean, grant: boolean, usage = 0, quota = 0) => ({
  persisted: () => Promise.resolve(persisted), persist: () => Promise.resolve(grant), estimate: () => Promise.resolve({ usage, quota }),
});

describe('persistent storage', () => {
  it('reports storage already persisted without asking again', async () => {
    expect((await requestPersistentStorage(storage(true, false))).state).toBe('persisted');
  });

  it('explains what a refusal means and what to do', async () => {
    expect((await requestPersistentStorage(storage(false, false))).message).toMatch(/may delete the records.*export a backup regularly/);
  });

  it('says so when the browser has no storage manager', async () => {
    expect((await requestPersistentStorage(undefined)).state).toBe('unsupported');
  });

  it('warns when the records use 90% of the quota', async () => {
    expect((await describeStorageUse(storage(true, true, 95e6, 100e6)))?.message).toBe(
      'Storage is almost full (95.0 MB of 100.0 MB): export a backup and delete old sessions.');
  });
});
