// Checks of a backup's tables and rows before anything is written: every table known to the file's data version, row
// counts matching the file's own header (a cut file fails here or in JSON parsing), every row's contents against its
// schema (backup-schema.ts, after the upgrades from the file's version), the typed-array annotations dexie-export-
// import revives, each keypoint-track chunk's arrays against its frame count, and every row's session and child.
import * as v from 'valibot';
import { rowProblem, tableHeadersSchema, type RawTrackChunkRow, type RawTypedArray } from './backup-schema.ts';
import { primaryKeyAt, upgradeRow } from './schema.ts';

const KEYPOINTS = 17;
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface TableData { readonly tableName: string; readonly inbound: boolean; readonly rows: readonly unknown[] }

/** Bytes of a base64 text; atob exists in browsers and in Node 16+. */
function bytesOf(array: RawTypedArray): Uint8Array {
  const binary = atob(array.buffer);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * The value types dexie-export-import may note for our rows, with the shape each needs in the file: arrays (also empty
 * ones), the track chunks' typed arrays and their base64 buffers, and the special numbers and undefined that an
 * engine result (summary, item data, settings) may hold. Any other note makes the import throw half-way.
 */
const TYPE_SHAPES: Readonly<Record<string, (value: unknown, path: string) => boolean>> = {
  arrayNonindexKeys: (value) => Array.isArray(value),
  arraybuffer: (value) => typeof value === 'string',
  uint32array2: obj, uint8array2: obj, int16array2: obj,
  ...Object.fromEntries(['NaN', 'Infinity', '-Infinity', 'undef'].map((type) => [type, (_: unknown, path: string) => /^(summary|settings|items\.\d+\.data)\./.test(path)])),
};

/** Each `$types` entry must name a path that exists in the row, with a type and shape the importer revives. */
function typesProblem(row: Record<string, unknown>): string | null {
  const types = row.$types;
  if (types === undefined) return null;
  if (!obj(types)) return 'has a wrong "$types" (a list of value types was expected)';
  for (const [path, type] of Object.entries(types)) {
    let at: unknown = row;
    for (const key of path.split('.')) at = obj(at) || Array.isArray(at) ? (at as Record<string, unknown>)[key] : undefined;
    const shape = typeof type === 'string' ? TYPE_SHAPES[type] : undefined;
    if (shape === undefined) return `has "${path}" of an unknown type ${JSON.stringify(type)}`;
    if (at === undefined || !shape(at, path)) return `has no "${path}" of the type the file notes for it (${String(type)})`;
  }
  return null;
}

/** The typed array each chunk field must be revived as: without its note the importer stores a plain object. */
const CHUNK_ARRAY_TYPES = { tCenti: 'uint32array2', present: 'uint8array2', xy: 'int16array2', score: 'uint8array2' } as const;

function chunkTypesProblem(types: unknown): string | null {
  for (const [field, type] of Object.entries(CHUNK_ARRAY_TYPES)) {
    const noted = obj(types) ? types : {};
    if (noted[field] !== type || noted[`${field}.buffer`] !== 'arraybuffer') return `its ${field} is not noted as stored numbers (${type})`;
  }
  return null;
}

/** A chunk's arrays must hold exactly what its frame count and presence bits say (the decoder trusts them). */
function chunkProblem(row: RawTrackChunkRow): string | null {
  const arrays = { tCenti: 4, present: 1, xy: 2, score: 1 } as const;
  for (const [name, width] of Object.entries(arrays) as [keyof typeof arrays, number][]) {
    const a = row[name];
    if (bytesOf(a).length < a.byteOffset + a.length * width) return `its ${name} holds fewer bytes than it claims`;
  }
  if (row.tCenti.length !== row.frameCount) return `it claims ${row.frameCount} frames but holds the times of ${row.tCenti.length}`;
  if (row.present.length !== Math.ceil(row.frameCount / 8)) return `its list of frames with a person does not match its ${row.frameCount} frames`;
  const present = bytesOf(row.present).subarray(row.present.byteOffset);
  let people = 0;
  for (let i = 0; i < row.frameCount; i++) if ((present[i >> 3]! & (1 << (i & 7))) !== 0) people++;
  if (row.xy.length !== people * KEYPOINTS * 2 || row.score.length !== people * KEYPOINTS) {
    return `its keypoints do not match its ${people} frames with a person`;
  }
  const t = bytesOf(row.tCenti);
  const times = new DataView(t.buffer, row.tCenti.byteOffset, row.frameCount * 4);
  for (let i = 1; i < row.frameCount; i++) {
    if (times.getUint32(i * 4, true) < times.getUint32((i - 1) * 4, true)) return `its frame ${i + 1} is earlier than the frame before it`;
  }
  return null;
}

/** One row: its annotations, then its contents at the current version, then (for track chunks) its arrays. */
function checkRow(table: string, row: unknown, fromVersion: number): string | null {
  if (!obj(row)) return 'is not a record';
  const types = typesProblem(row);
  if (types) return types;
  const upgraded = upgradeRow(table, row, fromVersion);
  const contents = rowProblem(table, upgraded);
  if (contents) return contents;
  // rowProblem has just checked the upgraded row against the chunk schema (valibot), so its shape is known here.
  const chunk = table === 'trackChunks' ? chunkTypesProblem(row.$types) ?? chunkProblem(upgraded as unknown as RawTrackChunkRow) : null;
  return chunk === null ? null : `is wrong: ${chunk}`;
}

/** Rows of one session or child must come with it: a backup always holds whole sessions. */
function referenceProblem(tables: readonly TableData[]): string | null {
  const ids = (name: string) => new Set(tables.find((t) => t.tableName === name)?.rows.map((r) => (r as { id: string }).id) ?? []);
  const children = ids('children');
  const sessions = ids('sessions');
  for (const t of tables) {
    for (let i = 0; i < t.rows.length; i++) {
      const row = t.rows[i] as { childId?: string; sessionId?: string };
      if ((t.tableName === 'sessions' || t.tableName === 'reports') && !children.has(row.childId!)) return `row ${i + 1} of "${t.tableName}" belongs to a child the file does not hold`;
      if (row.sessionId !== undefined && !sessions.has(row.sessionId)) return `row ${i + 1} of "${t.tableName}" belongs to a session the file does not hold`;
    }
  }
  return null;
}

/** The first problem found, as a clause ("the table X is unknown"), or null when the file is sound. */
export function validateBackupRows(headers: unknown, tables: unknown, knownTables: readonly string[], fromVersion: number): string | null {
  if (!Array.isArray(headers) || !Array.isArray(tables)) return 'its table list is missing';
  if (!v.is(tableHeadersSchema, headers)) return 'its table list is malformed';
  for (const header of headers) {
    if (!knownTables.includes(header.name)) return `it holds a table "${header.name}" that its data version does not have`;
    // Checked here so that a changed key is refused before anything is written (the importer notices it only mid-way).
    if (header.schema.split(',')[0]!.trim() !== primaryKeyAt(header.name, fromVersion)) {
      return `the table "${header.name}" is keyed differently from this app's`;
    }
    const table = (tables as unknown[]).find((t): t is TableData => obj(t) && t.tableName === header.name);
    if (!table || !Array.isArray(table.rows)) return `the rows of "${header.name}" are missing`;
    if (table.inbound !== true) return `the rows of "${header.name}" are stored in an unexpected layout`;
    if (table.rows.length !== header.rowCount) {
      return `"${header.name}" should hold ${header.rowCount} rows but holds ${table.rows.length}`;
    }
    for (let i = 0; i < table.rows.length; i++) {
      const problem = checkRow(header.name, table.rows[i], fromVersion);
      if (problem) return `row ${i + 1} of "${header.name}" ${problem}`;
    }
  }
  if (tables.length !== headers.length) return 'its table list and its data do not match';
  return referenceProblem(tables as TableData[]);
}
