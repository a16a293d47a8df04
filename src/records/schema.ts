// Every schema version of the records database, oldest first, each with a named upgrade function and the reason it
// exists (the GitHub Desktop pattern). Upgrades are written as pure row transforms so that a backup made by an older
// version is normalised the same way on import (backup.ts). Never edit a released version: add the next one.
import type { Transaction } from 'dexie';
import type { ChildRow, HeightMeasurement, SessionRow } from './types.ts';

type Row = Record<string, unknown>;

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store definitions (primary key first, then indexes); null deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Why this version exists. */
  readonly why: string;
  /** Row transforms from the previous version, by table (also applied to older backups on import). */
  readonly rowUpgrades: Readonly<Record<string, (row: Row) => Row>>;
}

/** v1 -> v2: a child's height changes over the months of therapy, so keep every measurement with its date. */
export function heightsFromSingleHeight(row: Row): Row {
  const { heightCm, heightMeasuredOn, ...rest } = row;
  const heights: HeightMeasurement[] = typeof heightCm === 'number'
    ? [{ heightCm, measuredOn: typeof heightMeasuredOn === 'string' ? heightMeasuredOn : '' }]
    : [];
  return { ...rest, heights } satisfies Partial<Record<keyof ChildRow, unknown>>;
}

/** v2 -> v3: every session has a note, '' until someone writes one. */
export function sessionsGetNote(row: Row): Row {
  return { ...row, note: typeof row.note === 'string' ? row.note : '' } satisfies Partial<Record<keyof SessionRow, unknown>>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'First layout: children, sessions indexed for a child\'s history by date, each session\'s items in one row, '
      + 'keypoint tracks as quantised chunks keyed by (session, seq) (appended rep by rep during autosave).',
    stores: {
      children: 'id, nickname',
      sessions: 'id, childId, [childId+startedAtMs], status, engineVersion',
      items: 'sessionId',
      trackChunks: '[sessionId+seq]',
    },
    rowUpgrades: {},
  },
  {
    version: 2,
    why: 'Children keep a dated list of heights instead of one value; therapist overrides get their own table so '
      + 'that the engine\'s value and every change (old, new, when, why) stay as an audit trail.',
    stores: {
      overrides: 'id, sessionId, [sessionId+target+index]',
    },
    rowUpgrades: { children: heightsFromSingleHeight },
  },
  {
    version: 3,
    why: 'Reviews: a note on each saved session, and a review report\'s summary note (with the therapist and clinic '
      + 'names) kept per child and date range, so that both travel in the backup.',
    stores: {
      reports: 'id, childId',
    },
    rowUpgrades: { sessions: sessionsGetNote },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The tables that exist at a version (a backup from that version may hold only these). */
export function tablesAtVersion(version: number): readonly string[] {
  const tables = new Set<string>();
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > version) break;
    for (const [name, def] of Object.entries(v.stores)) {
      if (def === null) tables.delete(name); else tables.add(name);
    }
  }
  return [...tables];
}

/**
 * A table's primary key as its schema text writes it ('id', '[sessionId+seq]') at `version`, or null when the table
 * does not exist then. A backup's table list repeats it, and dexie-export-import refuses a mismatch only mid-import.
 */
export function primaryKeyAt(table: string, version: number): string | null {
  let key: string | null = null;
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > version) break;
    const def = v.stores[table];
    if (def !== undefined) key = def === null ? null : def.split(',')[0]!.trim();
  }
  return key;
}

/** Applies the row upgrades after `fromVersion` up to the current version to one row of `table`. */
export function upgradeRow(table: string, row: Row, fromVersion: number): Row {
  let out = row;
  for (const v of SCHEMA_VERSIONS) {
    const upgrade = v.rowUpgrades[table];
    if (v.version > fromVersion && upgrade) out = upgrade(out);
  }
  return out;
}

/** The Dexie upgrade function of a version: runs its row transforms over the stored rows. */
export function upgradeFunctionOf(version: SchemaVersion): ((tx: Transaction) => Promise<void>) | undefined {
  const entries = Object.entries(version.rowUpgrades);
  if (entries.length === 0) return undefined;
  return async (tx) => {
    for (const [table, upgrade] of entries) {
      await tx.table(table).toCollection().modify((row: Row, ref: { value: Row }) => { ref.value = upgrade(row); });
    }
  };
}
