// valibot schemas of every row a backup may hold, at the current schema version (older rows are upgraded first, see
// schema.ts). A backup is checked down to each row's contents before anything is written, because a damaged row that
// imports is worse than a refused file: it throws later, when a screen reads it, far from its cause.
import * as v from 'valibot';
import { TASK_IDS } from '../analysis/index.ts';

const finite = v.pipe(v.number('a number was expected'), v.finite('a finite number was expected'));
const count = v.pipe(v.number('a whole number was expected'), v.integer('a whole number was expected'), v.minValue(0, 'a whole number of at least 0 was expected'));
const text = v.string('a text was expected');
const id = v.pipe(text, v.nonEmpty('an id was expected'));
const plainObject = v.record(v.string(), v.unknown(), 'an object was expected');

const json: v.GenericSchema<unknown> = v.lazy(() => v.union(
  [v.string(), finite, v.boolean(), v.null(), v.array(json), v.record(v.string(), json)],
  'a JSON value (text, number, true/false, null, list or object) was expected',
));

const childRow = v.object({
  id, nickname: text,
  birthDate: v.union([v.literal(''), v.pipe(text, v.isoDate('a date as YYYY-MM-DD was expected'))], 'a date as YYYY-MM-DD or nothing was expected'),
  dominantSide: v.picklist(['left', 'right', 'unknown'], 'left, right or unknown was expected'),
  heights: v.array(v.object({ heightCm: v.pipe(finite, v.gtValue(0, 'a height above 0 was expected')), measuredOn: text }), 'a list of heights was expected'),
  notes: text,
  createdAtMs: finite,
});

const taskId = v.picklist(TASK_IDS, (issue) => `a task this app knows was expected, not ${JSON.stringify(issue.input)} (a newer app's backup needs the newer app)`);

/** A finished session's summary is the engine's result: it always names its task and lists its flags. */
const resultSummary = v.looseObject({ task: taskId, flags: v.array(text, 'a list of flags was expected') }, 'an object was expected');

const trackMeta = v.object({ model: text, source: text, width: v.pipe(finite, v.gtValue(0, 'a positive size was expected')),
  height: v.pipe(finite, v.gtValue(0, 'a positive size was expected')), fps: v.pipe(finite, v.gtValue(0, 'a positive rate was expected')) });

/** A live set's protocol trial and setup override (optional: files and sessions before issue 13 have none). */
const liveSetRecord = v.object({
  step: v.picklist(['scored', 'free'], 'scored or free was expected'),
  trial: v.nullable(v.pipe(count, v.minValue(1, 'a trial number from 1 was expected'))),
  scoredTrials: v.nullable(v.pipe(count, v.minValue(1, 'at least 1 scored trial was expected'))),
  setupOverride: v.boolean('true or false was expected'),
}, 'the live set\'s trial and setup override were expected');

const sessionRow = v.pipe(v.object({
  id, childId: id, task: taskId, protocol: text, settings: plainObject, startedAtMs: finite,
  durationMs: v.pipe(finite, v.minValue(0, 'a duration of at least 0 was expected')),
  source: v.picklist(['live', 'file'], 'live or file was expected'), fileName: v.nullable(text), model: text, backend: text,
  engineVersion: text, status: v.picklist(['recording', 'complete'], 'recording or complete was expected'),
  summary: plainObject, itemCount: count, track: v.nullable(trackMeta), note: text,
  live: v.optional(liveSetRecord),
}), v.forward(v.check((row) => {
  // An autosaved session that stopped before its first rep is stored with an empty summary; any other has a result.
  if (row.status === 'recording' && row.itemCount === 0 && Object.keys(row.summary).length === 0) return true;
  const parsed = v.safeParse(resultSummary, row.summary);
  return parsed.success && parsed.output.task === row.task;
}, 'the engine\'s result, its task and flags, was expected'), ['summary']));

const storedItem = v.object({
  kind: v.picklist(['rep', 'hold', 'cycle'], 'rep, hold or cycle was expected'),
  index: count,
  data: v.record(v.string(), json, 'the item\'s measurements were expected'),
});
const itemsRow = v.object({ sessionId: id, items: v.array(storedItem, 'a list of items was expected') });

/** A typed array as dexie-export-import writes it: base64 bytes, an offset and an element count. */
const typedArray = v.object({ buffer: v.pipe(text, v.base64('base64 bytes were expected')), byteOffset: count, length: count },
  'the stored numbers were expected');
const trackChunkRow = v.object({
  sessionId: id, seq: count, frameCount: count, t0Ms: finite,
  tCenti: typedArray, present: typedArray, xy: typedArray, score: typedArray,
});

const overrideRow = v.object({
  id, sessionId: id, target: v.picklist(['session', 'rep', 'hold', 'cycle'], 'session, rep, hold or cycle was expected'),
  index: count, field: v.pipe(text, v.nonEmpty('a field name was expected')),
  engineValue: json, oldValue: json, newValue: json, atMs: finite, reason: text, engineVersion: text,
});

/** Schema v3: a review report's own words for a child and a date range. */
const day = v.pipe(text, v.isoDate('a date as YYYY-MM-DD was expected'));
const reportRow = v.object({
  id, childId: id, fromDay: day, toDay: day, summaryNote: text, therapist: text, clinic: text, savedAtMs: finite,
});

/** The file's list of tables (dexie-export-import reads each one's schema text and row count). */
export const tableHeadersSchema = v.array(v.object({ name: text, schema: text, rowCount: count }));

export const ROW_SCHEMAS: Readonly<Record<string, v.GenericSchema<unknown>>> = {
  children: childRow, sessions: sessionRow, items: itemsRow, trackChunks: trackChunkRow, overrides: overrideRow,
  reports: reportRow,
};

export type RawTypedArray = v.InferOutput<typeof typedArray>;
export type RawTrackChunkRow = v.InferOutput<typeof trackChunkRow>;

/** The first problem of one row as a clause: `has a wrong "summary" (the engine's result, its task and flags, was expected)`. */
export function rowProblem(table: string, row: unknown): string | null {
  const schema = ROW_SCHEMAS[table];
  if (!schema) return null;
  const result = v.safeParse(schema, row, { abortEarly: true });
  if (result.success) return null;
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  if (issue.input === undefined && path !== '') return `has no "${path}"`;
  return path === '' ? `is wrong (${issue.message})` : `has a wrong "${path}" (${issue.message})`;
}
