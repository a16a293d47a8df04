// The records database: one typed Dexie subclass, its versions declared from schema.ts.
import Dexie, { type EntityTable, type Table } from 'dexie';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, upgradeFunctionOf } from './schema.ts';
import type { ChildRow, OverrideRow, ReportRow, SessionItemsRow, SessionRow, TrackChunkRow } from './types.ts';

/** The IndexedDB name. A backup names its database: a file naming another one comes from another app. */
export const DB_NAME = 'springboard-records';

export interface RecordsDbOptions {
  /** Another IndexedDB implementation (fake-indexeddb in Node tests and benchmarks). */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** Declare versions only up to this one (migration tests open the database as an older app would). */
  readonly upToVersion?: number;
}

export class RecordsDb extends Dexie {
  children!: EntityTable<ChildRow, 'id'>;
  sessions!: EntityTable<SessionRow, 'id'>;
  items!: Table<SessionItemsRow, string>;
  trackChunks!: Table<TrackChunkRow, [string, number]>;
  overrides!: EntityTable<OverrideRow, 'id'>;
  reports!: EntityTable<ReportRow, 'id'>;

  constructor(options: RecordsDbOptions = {}) {
    super(DB_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    const upTo = options.upToVersion ?? CURRENT_SCHEMA_VERSION;
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      const upgrade = upgradeFunctionOf(v);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/** Random id for a new row: 128 bits from getRandomValues (works outside secure contexts, unlike randomUUID). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
