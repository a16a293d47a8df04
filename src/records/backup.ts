// Backup and restore of the whole database as one JSON file, written and read by dexie-export-import. Nothing is
// written before the file is checked: a damaged, foreign or newer file is refused with the reason, and an accepted one
// comes with a plan (what will be added or replaced) for the person to confirm. The import runs in one transaction,
// so a failure half-way leaves the records as they were. Backups from older versions are upgraded row by row.
import Dexie from 'dexie';
import { DB_NAME, type RecordsDb } from './db.ts';
import { RecordsError, describeWriteFailure } from './errors.ts';
import { CURRENT_SCHEMA_VERSION, tablesAtVersion, upgradeRow } from './schema.ts';
import { validateBackupRows } from './backup-rows.ts';

export const BACKUP_MIME = 'application/json';
export const backupFileName = (date: Date) => `springboard-backup-${date.toISOString().slice(0, 10)}.json`;

/**
 * dexie-export-import is loaded on first use: it reads browser globals (self) when it loads, so importing it eagerly
 * would break every Node user of this layer, and most visits never back up.
 */
const exportImport = () => import('dexie-export-import');

export async function exportBackup(db: RecordsDb): Promise<Blob> {
  const { exportDB } = await exportImport();
  return exportDB(db, { prettyJson: false });
}

export interface TablePlan {
  readonly table: string;
  readonly add: number;
  readonly replace: number;
}

export type BackupInspection =
  | { readonly ok: false; readonly reason: string }
  | {
    readonly ok: true;
    readonly version: number;
    readonly plan: readonly TablePlan[];
    /** Children in the file that will replace a stored one with the same id: "Mia (stored as Mia B.)". */
    readonly replacedChildren: readonly string[];
    /** The plan as a sentence for the confirmation dialog. */
    readonly summary: string;
  };

interface RawTable { tableName: string; inbound: boolean; rows: unknown[] }
interface RawExport {
  formatName: unknown; formatVersion: unknown;
  data: { databaseName: unknown; databaseVersion: unknown; tables: { name: string; rowCount: number }[]; data: RawTable[] };
}

const refuse = (why: string): BackupInspection => ({
  ok: false, reason: `${why} Nothing was imported and your records are unchanged.`,
});

/** "This backup file (name.json)" when the Blob is a File with a name, so the person knows which copy is damaged. */
const thisFile = (file: Blob): string => {
  const name = (file as { name?: unknown }).name;
  return typeof name === 'string' && name !== '' ? `This backup file (${name})` : 'This backup file';
};

/** Checks a backup file and plans its import, writing nothing. */
export async function inspectBackup(db: RecordsDb, file: Blob): Promise<BackupInspection> {
  let raw: RawExport;
  try {
    raw = JSON.parse(await file.text()) as RawExport;
  } catch (err) {
    return refuse(`${thisFile(file)} is damaged or incomplete (${(err as Error).message}): make a new backup on the `
      + 'other device, or use another copy of the file.');
  }
  const data = raw?.data;
  if (raw?.formatName !== 'dexie' || typeof data !== 'object' || data === null || data.databaseName !== DB_NAME) {
    const from = typeof data?.databaseName === 'string' ? ` (it holds the database "${data.databaseName}")` : '';
    return refuse(`This file is not a Springboard backup${from}: choose a file saved with "Export a backup".`);
  }
  if (raw.formatVersion !== 1) return refuse(`This backup uses export format ${String(raw.formatVersion)}, which this app does not read: update the app.`);
  const version = data.databaseVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(`${thisFile(file)} is damaged: its data version is missing. Use another copy of the file.`);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return refuse(`This backup was made by a newer version of Springboard (data version ${version}; this app reads up to `
      + `${CURRENT_SCHEMA_VERSION}): update the app, then import it again.`);
  }
  const problem = validateBackupRows(data.tables, data.data, tablesAtVersion(version), version);
  if (problem) return refuse(`${thisFile(file)} is damaged: ${problem}. Use another copy of the file.`);
  return { ok: true, version, ...(await planImport(db, data.data)) };
}

async function planImport(db: RecordsDb, tables: readonly RawTable[]) {
  const plan: TablePlan[] = [];
  const replacedChildren: string[] = [];
  for (const t of tables) {
    const table = db.table(t.tableName);
    const keyPath = table.schema.primKey.keyPath as string | string[];
    const keys = t.rows.map((row) => Dexie.getByKeyPath(row as object, keyPath) as string);
    const existing = await table.bulkGet(keys);
    const replace = existing.filter((row) => row !== undefined).length;
    plan.push({ table: t.tableName, add: keys.length - replace, replace });
    if (t.tableName === 'children') {
      existing.forEach((stored: { nickname: string } | undefined, i) => {
        const incoming = (t.rows[i] as { nickname: string }).nickname;
        if (stored) replacedChildren.push(stored.nickname === incoming ? incoming : `${incoming} (stored as ${stored.nickname})`);
      });
    }
  }
  const count = (table: string, key: 'add' | 'replace') => plan.find((p) => p.table === table)?.[key] ?? 0;
  const summary = `This backup adds ${count('children', 'add')} children and ${count('sessions', 'add')} sessions`
    + ` and replaces ${count('children', 'replace')} children and ${count('sessions', 'replace')} sessions with their copies in the file`
    + `${replacedChildren.length > 0 ? ` (${replacedChildren.join(', ')})` : ''}. Nothing else is deleted.`;
  return { plan, replacedChildren, summary };
}

/** Imports a backup after checking it again (the file may have changed since the plan was shown). */
export async function importBackup(db: RecordsDb, file: Blob): Promise<BackupInspection & { ok: true }> {
  const inspection = await inspectBackup(db, file);
  if (!inspection.ok) throw new RecordsError('backup-refused', inspection.reason);
  const fromVersion = inspection.version;
  const { importInto } = await exportImport();
  await describeWriteFailure('the backup', () => importInto(db, file, {
    overwriteValues: true,
    acceptVersionDiff: true,
    acceptMissingTables: true,
    transform: (table, value: Record<string, unknown>) => ({ value: upgradeRow(table, value, fromVersion) }),
  }));
  return inspection;
}
