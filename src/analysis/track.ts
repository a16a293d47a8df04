// The springboard-track file format: a recorded keypoint track, validated on read so that a bad file is rejected with
// the reason. Version 1 files must always stay readable: later versions only add fields.
import { KEYPOINT_NAMES, type PoseFrame } from './types.ts';
import { checkTrack, TRACK_FORMAT, TRACK_VERSION } from './track-schema.ts';

export { TRACK_FORMAT, TRACK_MARGIN_FRAME_SIDES, TRACK_VERSION } from './track-schema.ts';

export interface Track {
  readonly format: typeof TRACK_FORMAT;
  readonly version: number;
  /** The pose model that made the keypoints: MoveNet's names, or any other model mapped to the 17 COCO keypoints. */
  readonly model: string;
  /** Where the frames came from: a file name, or "camera". */
  readonly source: string;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly keypointNames: readonly string[];
  readonly frames: readonly PoseFrame[];
}

export type TrackReadResult = { readonly ok: true; readonly track: Track } | { readonly ok: false; readonly reason: string };

/**
 * Validates parsed JSON as a track (track-schema.ts): the reason names the field and what is wrong with it. Unknown
 * extra fields (from newer minor additions) are ignored.
 */
export function trackFromJson(raw: unknown): TrackReadResult {
  const checked = checkTrack(raw);
  if (!checked.ok) return checked;
  const t = checked.track;
  return {
    ok: true,
    track: {
      format: TRACK_FORMAT, version: t.version, model: t.model, source: t.source,
      width: t.width, height: t.height, fps: t.fps, keypointNames: [...KEYPOINT_NAMES], frames: t.frames,
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
      ...(f.cameraPx ? { cameraPx: [Number(f.cameraPx[0].toFixed(2)), Number(f.cameraPx[1].toFixed(2))] as const } : {}),
      ...(f.cameraCut ? { cameraCut: true as const } : {}),
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
