// The valibot schema of a springboard-track file, and the one-clause reasons it gives for a bad file. Shape and
// ranges are checked by the schema; the checks across frames (times strictly increasing, keypoints near the frame)
// run once the shape is known to be sound. valibot is a pure library: this keeps the analysis layer free of Node/DOM.
import * as v from 'valibot';
import { KEYPOINT_NAMES } from './types.ts';

export const TRACK_FORMAT = 'springboard-track';
export const TRACK_VERSION = 1;

/**
 * How far outside the picture a keypoint may lie, in frame sides (width for x, height for y). Reason: MoveNet
 * extrapolates a limb cut off by the frame edge; the farthest seen over every fixture track is 0.23 of a side
 * (jj-studio-cuts, Thunder, a wrist above the top edge), so one side leaves a wide margin. A point farther than that
 * is no pose model's output but a damaged file (the stored track codec also holds only up to about two sides).
 */
export const TRACK_MARGIN_FRAME_SIDES = 1;

const finite = (what: string) => v.pipe(v.number(`${what} must be a number`), v.finite(`${what} must be a finite number`));
const positive = (what: string) => v.pipe(finite(what), v.gtValue(0, `${what} must be a positive number`));

const keypointSchema = v.strictTuple(
  [finite('x'), finite('y'), v.pipe(finite('the score'), v.minValue(0, 'the score must lie in 0..1'), v.maxValue(1, 'the score must lie in 0..1'))],
  'must be an [x, y, score] triple of numbers',
);

const frameSchema = v.object({
  tMs: finite('the time tMs'),
  keypoints: v.nullable(v.pipe(
    v.array(keypointSchema, `must be null or an array of ${KEYPOINT_NAMES.length} [x, y, score] triples`),
    v.length(KEYPOINT_NAMES.length, `must be null or an array of ${KEYPOINT_NAMES.length} [x, y, score] triples`),
  )),
  // Optional (added after version 1 without a version change: older tracks lack it, older readers ignore it).
  cameraPx: v.optional(v.strictTuple([finite('cameraPx x'), finite('cameraPx y')], 'must be an [x, y] pair of numbers')),
  // Optional in the same way: present (true) only on a frame where the picture changed.
  cameraCut: v.optional(v.literal(true, 'must be true where present')),
}, 'must be an object with tMs and keypoints');

const headerSchema = v.object({
  format: v.literal(TRACK_FORMAT, (issue) => `"format" is ${JSON.stringify(issue.input) ?? 'missing'}, not "${TRACK_FORMAT}": not a Springboard track`),
  version: v.pipe(
    v.number('"version" must be a positive integer'), v.integer('"version" must be a positive integer'),
    v.minValue(1, '"version" must be a positive integer'),
    v.maxValue(TRACK_VERSION, (issue) => `track version ${String(issue.input)} is newer than this app reads (${TRACK_VERSION}): update the app`),
  ),
});

/** The whole file's shape. Any pose model's name is accepted: the analysis needs only the 17 COCO keypoints. */
export const trackSchema = v.object({
  ...headerSchema.entries,
  model: v.pipe(v.string('"model" must be the pose model\'s name'), v.nonEmpty('"model" must be the pose model\'s name')),
  source: v.string('"source" must be a string'),
  width: positive('"width"'),
  height: positive('"height"'),
  fps: positive('"fps"'),
  keypointNames: v.pipe(
    v.array(v.string()),
    v.check((names) => names.length === KEYPOINT_NAMES.length && names.every((n, i) => n === KEYPOINT_NAMES[i]),
      `"keypointNames" must be the 17 COCO names in order: ${KEYPOINT_NAMES.join(', ')}`),
  ),
  frames: v.pipe(v.array(frameSchema, '"frames" must be an array'), v.minLength(1, '"frames" is empty: the track holds no frame to analyse')),
}, 'the file is not a JSON object');

export type TrackShape = v.InferOutput<typeof trackSchema>;

/** Where an issue sits, as a reader finds it: frames[3].keypoints[15] (left_ankle). */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  let previous: unknown;
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number' && typeof previous === 'number' && out.endsWith(')')) break; // x, y or score: named by the message
    if (typeof key === 'number') out += previous === 'keypoints' ? `[${key}] (${KEYPOINT_NAMES[key] ?? 'extra'})` : `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
    previous = key;
  }
  return out;
}

/** The file's shape, or its first problem as a clause. Top-level messages already name their field. */
function parseShape(raw: unknown): TrackShape | string {
  const result = v.safeParse(trackSchema, raw, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = pathOf(issue);
  return where.startsWith('frames[') ? `${where}: ${issue.message}` : issue.message;
}

/** Checks across frames: strictly increasing times, and every keypoint within the margin around the picture. */
function framesProblem(track: TrackShape): string | null {
  const { width, height } = track;
  const m = TRACK_MARGIN_FRAME_SIDES;
  for (let i = 0; i < track.frames.length; i++) {
    const frame = track.frames[i]!;
    const before = track.frames[i - 1];
    if (before !== undefined && frame.tMs <= before.tMs) {
      const same = frame.tMs === before.tMs;
      return `frames[${i}].tMs (${frame.tMs}) ${same ? 'repeats the time of the frame before it' : `is earlier than the frame before it (${before.tMs})`}`
        + ': each frame needs its own, later time';
    }
    const points = frame.keypoints ?? [];
    for (let k = 0; k < points.length; k++) {
      const [x, y] = points[k]!;
      if (x < -m * width || x > (1 + m) * width || y < -m * height || y > (1 + m) * height) {
        return `frames[${i}].keypoints[${k}] (${KEYPOINT_NAMES[k]}) lies at (${x}, ${y}), far outside the ${width}x${height} `
          + `picture (more than ${m} frame side beyond its edge): the file is damaged`;
      }
    }
  }
  return null;
}

export type TrackCheck = { readonly ok: true; readonly track: TrackShape } | { readonly ok: false; readonly reason: string };

/** Validates parsed JSON against the track format; the reason is one clause naming the field and what is wrong. */
export function checkTrack(raw: unknown): TrackCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'the file is not a JSON object' };
  const track = parseShape(raw);
  if (typeof track === 'string') return { ok: false, reason: track };
  const frames = framesProblem(track);
  return frames === null ? { ok: true, track } : { ok: false, reason: frames };
}
