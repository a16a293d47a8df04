// Structural checks of a backup's tables and rows before anything is written: every table known to the file's data
// version, row counts matching the file's own header (a cut file fails here or in JSON parsing), and every row with
// the key fields its table is indexed on, of the right type.

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const int: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const obj: Check = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields each table's keys and indexes need, with their types (other fields may evolve freely). */
const REQUIRED_FIELDS: Readonly<Record<string, Readonly<Record<string, Check>>>> = {
  children: { id: str, nickname: str },
  sessions: { id: str, childId: str, task: str, startedAtMs: num, status: str, engineVersion: str, summary: obj },
  items: { sessionId: str, items: (v) => Array.isArray(v) },
  trackChunks: { sessionId: str, seq: int, frameCount: int, t0Ms: num },
  overrides: { id: str, sessionId: str, target: str, index: int, field: str, reason: str, atMs: num },
  // Schema v3 (issue 12): review reports' notes.
  reports: { id: str, childId: str },
};

interface TableHeader { readonly name: string; readonly rowCount: number }
interface TableData { readonly tableName: string; readonly inbound: boolean; readonly rows: readonly unknown[] }

/** The first problem found, as a clause ("the table X is unknown"), or null when the structure is sound. */
export function validateBackupRows(headers: unknown, tables: unknown, knownTables: readonly string[]): string | null {
  if (!Array.isArray(headers) || !Array.isArray(tables)) return 'its table list is missing';
  for (const header of headers as TableHeader[]) {
    if (!obj(header) || !str(header.name) || !int(header.rowCount)) return 'its table list is malformed';
    if (!knownTables.includes(header.name)) return `it holds a table "${header.name}" that its data version does not have`;
    const table = (tables as TableData[]).find((t) => obj(t) && t.tableName === header.name);
    if (!table || !Array.isArray(table.rows)) return `the rows of "${header.name}" are missing`;
    if (table.inbound !== true) return `the rows of "${header.name}" are stored in an unexpected layout`;
    if (table.rows.length !== header.rowCount) {
      return `"${header.name}" should hold ${header.rowCount} rows but holds ${table.rows.length}`;
    }
    const required = REQUIRED_FIELDS[header.name] ?? {};
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i] as Record<string, unknown>;
      if (!obj(row)) return `row ${i + 1} of "${header.name}" is not a record`;
      const bad = Object.entries(required).find(([field, check]) => !check(row[field]));
      if (bad) return `row ${i + 1} of "${header.name}" has no valid "${bad[0]}"`;
    }
  }
  if (tables.length !== headers.length) return 'its table list and its data do not match';
  return null;
}
