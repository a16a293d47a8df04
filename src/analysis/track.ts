// The springboard-track file format: a recorded keypoint track, validated on read so that a bad file is rejected with
// the reason. Version 1 files must always stay readable: later versions only add fields.
import { KEYPOINT_NAMES, MODEL_NAMES, type Keypoint, type ModelName, type PoseFrame } from './types.ts';

export const TRACK_FORMAT = 'springboard-track';
export const TRACK_VERSION = 1;

export interface Track {
  readonly format: typeof TRACK_FORMAT;
  readonly version: number;
  readonly model: ModelName;
  /** Where the frames came from: a file name, or "camera". */
  readonly source: string;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly keypointNames: readonly string[];
  readonly frames: readonly PoseFrame[];
}

export type TrackReadResult = { readonly ok: true; readonly track: Track } | { readonly ok: false; readonly reason: string };

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readFrame(raw: unknown, index: number, previousTMs: number): PoseFrame | string {
  if (typeof raw !== 'object' || raw === null) return `frames[${index}] is not an object`;
  const { tMs, keypoints } = raw as { tMs?: unknown; keypoints?: unknown };
  if (!isFiniteNumber(tMs)) return `frames[${index}].tMs is not a number`;
  if (tMs < previousTMs) return `frames[${index}].tMs (${tMs}) is earlier than the frame before it (${previousTMs})`;
  if (keypoints === null) return { tMs, keypoints: null };
  if (!Array.isArray(keypoints) || keypoints.length !== KEYPOINT_NAMES.length) {
    return `frames[${index}].keypoints must be null or an array of ${KEYPOINT_NAMES.length} [x, y, score] triples`;
  }
  const points: Keypoint[] = [];
  for (let k = 0; k < keypoints.length; k++) {
    const p: unknown = keypoints[k];
    if (!Array.isArray(p) || p.length !== 3 || !p.every(isFiniteNumber)) {
      return `frames[${index}].keypoints[${k}] (${KEYPOINT_NAMES[k]}) is not an [x, y, score] triple of numbers`;
    }
    const score = p[2] as number;
    if (score < 0 || score > 1) return `frames[${index}].keypoints[${k}] score ${score} is outside 0..1`;
    points.push([p[0] as number, p[1] as number, score]);
  }
  return { tMs, keypoints: points };
}

/** Validates parsed JSON as a track. Unknown extra fields (from newer minor additions) are ignored. */
export function trackFromJson(raw: unknown): TrackReadResult {
  const fail = (reason: string): TrackReadResult => ({ ok: false, reason });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('the file is not a JSON object');
  const o = raw as Record<string, unknown>;
  if (o.format !== TRACK_FORMAT) return fail(`"format" is ${JSON.stringify(o.format)}, not "${TRACK_FORMAT}": not a Springboard track`);
  if (!isFiniteNumber(o.version) || !Number.isInteger(o.version) || o.version < 1) return fail('"version" must be a positive integer');
  if (o.version > TRACK_VERSION) return fail(`track version ${o.version} is newer than this app reads (${TRACK_VERSION}): update the app`);
  if (!MODEL_NAMES.includes(o.model as ModelName)) return fail(`"model" must be one of ${MODEL_NAMES.join(', ')}`);
  if (typeof o.source !== 'string') return fail('"source" must be a string');
  for (const key of ['width', 'height', 'fps'] as const) {
    if (!isFiniteNumber(o[key]) || (o[key] as number) <= 0) return fail(`"${key}" must be a positive number`);
  }
  const names = o.keypointNames;
  if (!Array.isArray(names) || names.length !== KEYPOINT_NAMES.length || names.some((n, i) => n !== KEYPOINT_NAMES[i])) {
    return fail(`"keypointNames" must be the 17 COCO names in order: ${KEYPOINT_NAMES.join(', ')}`);
  }
  if (!Array.isArray(o.frames)) return fail('"frames" must be an array');
  const frames: PoseFrame[] = [];
  let previousTMs = -Infinity;
  for (let i = 0; i < o.frames.length; i++) {
    const frame = readFrame(o.frames[i], i, previousTMs);
    if (typeof frame === 'string') return fail(frame);
    frames.push(frame);
    previousTMs = frame.tMs;
  }
  return {
    ok: true,
    track: {
      format: TRACK_FORMAT, version: o.version, model: o.model as ModelName, source: o.source,
      width: o.width as number, height: o.height as number, fps: o.fps as number, keypointNames: [...KEYPOINT_NAMES], frames,
    },
  };
}

/** Parses a track file's text; a JSON syntax error is a rejection with its reason, not an exception. */
export function trackFromText(text: string): TrackReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `the file is not valid JSON (${(err as Error).message})` };
  }
  return trackFromJson(raw);
}

/** Rounds coordinates to 0.1 px and scores to 0.001 so that a stored track stays small; precision is far below noise. */
export function trackToJson(track: Omit<Track, 'format' | 'version' | 'keypointNames'>): Track {
  const round = (v: number, step: number) => Math.round(v / step) * step;
  return {
    format: TRACK_FORMAT, version: TRACK_VERSION, model: track.model, source: track.source,
    width: track.width, height: track.height, fps: track.fps, keypointNames: [...KEYPOINT_NAMES],
    frames: track.frames.map((f) => ({
      tMs: round(f.tMs, 0.01),
      keypoints: f.keypoints === null ? null
        : f.keypoints.map(([x, y, s]) => [Number(round(x, 0.1).toFixed(1)), Number(round(y, 0.1).toFixed(1)), Number(s.toFixed(3))] as const),
    })),
  };
}

/** Summary printed when no task is chosen: frames, frames with a person, mean keypoint score over found frames. */
export interface TrackSummary {
  readonly frames: number;
  readonly framesWithPerson: number;
  readonly personShare: number;
  readonly meanScore: number;
  readonly durationS: number;
}

export function trackSummary(frames: readonly PoseFrame[]): TrackSummary {
  let withPerson = 0;
  let scoreSum = 0;
  for (const f of frames) {
    if (f.keypoints === null) continue;
    withPerson++;
    scoreSum += f.keypoints.reduce((sum, k) => sum + k[2], 0) / f.keypoints.length;
  }
  const first = frames[0]?.tMs ?? 0;
  const last = frames[frames.length - 1]?.tMs ?? 0;
  return {
    frames: frames.length,
    framesWithPerson: withPerson,
    personShare: frames.length === 0 ? 0 : withPerson / frames.length,
    meanScore: withPerson === 0 ? 0 : scoreSum / withPerson,
    durationS: (last - first) / 1000,
  };
}
