// Backup on the browser's real IndexedDB (headless Chromium): a full round trip is lossless, and a truncated file,
// another app's export and a newer version's backup are refused with the reason while the records stay as they were.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openRecordsHarness, type OpenHarness } from '../../src/cli/bench/records-harness/build.ts';

let harness: OpenHarness;
beforeAll(async () => { harness = await openRecordsHarness(); });
afterAll(async () => { await harness?.close(); });
beforeEach(async () => {
  await harness.call('reset');
  await harness.call('seed');
});

describe('records backup in Chromium on real IndexedDB', () => {
  it('restores a full backup into an emptied database with every row deeply equal', async () => {
    const before = JSON.parse(await harness.call('snapshot')) as Record<string, unknown[]>;
    await harness.call('exportToMemory');
    await harness.call('reset');
    await harness.call('importFromMemory');
    const after = JSON.parse(await harness.call('snapshot')) as Record<string, unknown[]>;
    expect(after).toEqual(before);
  });

  it('refuses a truncated backup with the reason and leaves the records unchanged', async () => {
    const before = await harness.call('snapshot');
    expect(await harness.call('importBadFile', 'truncated')).toMatch(/^This backup file is damaged or incomplete .*Nothing was imported and your records are unchanged\.$/);
    expect(await harness.call('snapshot')).toBe(before);
  });

  it('refuses another app\'s export with the reason and leaves the records unchanged', async () => {
    const before = await harness.call('snapshot');
    expect(await harness.call('importBadFile', 'foreign')).toMatch(/^This file is not a Springboard backup \(it holds the database "another-app"\)/);
    expect(await harness.call('snapshot')).toBe(before);
  });

  it('refuses a newer version\'s backup with the reason and leaves the records unchanged', async () => {
    const before = await harness.call('snapshot');
    expect(await harness.call('importBadFile', 'newer')).toMatch(/^This backup was made by a newer version of Springboard .*update the app/);
    expect(await harness.call('snapshot')).toBe(before);
  });

  it('sends no request off the device', () => {
    expect(harness.foreignRequests).toEqual([]);
  });
});
