// Test support: a records database on a fresh in-memory fake-indexeddb, so that every test starts empty.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { RecordsDb } from './db.ts';

export const newFactory = (): IDBFactory => new IDBFactory();

export function openTestDb(factory: IDBFactory = newFactory(), upToVersion?: number): RecordsDb {
  return new RecordsDb({ indexedDB: factory, IDBKeyRange, ...(upToVersion ? { upToVersion } : {}) });
}

/** Every table's rows, sorted by primary key, for deep-equality checks of "nothing changed" and "nothing lost". */
export async function snapshot(db: RecordsDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
