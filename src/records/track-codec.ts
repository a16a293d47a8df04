// Keypoint tracks stored compactly: positions as 16-bit integers relative to the frame size, scores as bytes, times
// as 0.01 ms offsets, and frames without a person as one bit. 17 keypoints cost 85 bytes a frame, so a 10-minute
// 30 fps session takes about 1.6 MB (the limit is 2 MB) instead of ~10 MB as JSON.
import { KEYPOINT_NAMES, TRACK_FORMAT, TRACK_VERSION, type Keypoint, type PoseFrame, type Track } from '../analysis/index.ts';
import type { TrackChunkRow, TrackMeta } from './types.ts';

const KEYPOINTS = KEYPOINT_NAMES.length;

/**
 * Steps per frame width (x) or height (y). 16000 steps put 0.12 px between steps on a 1920 px frame, far below
 * MoveNet's jitter of several px (measured on tests/fixtures/tracks), and Int16 (±32767) still holds keypoints up to
 * twice the frame size off-screen; anything farther is clamped there (MoveNet never reports such points).
 */
export const POSITION_STEPS_PER_FRAME_SIDE = 16000;
const INT16_MAX = 32767;

/** Score steps: 1/255 (0.004) is finer than any score threshold the engine uses (0.01 at most). */
export const SCORE_STEPS = 255;

/** Time step in ms: 0.01 ms, the precision of the track file format (trackToJson). Uint32 offsets span 11.9 hours. */
export const TIME_STEP_MS = 0.01;
const MAX_TIME_OFFSET_MS = 0xffffffff * TIME_STEP_MS;

export type EncodedChunk = Omit<TrackChunkRow, 'sessionId' | 'seq'>;

const quantise = (value: number, unit: number) => Math.max(-INT16_MAX, Math.min(INT16_MAX, Math.round(value / unit)));

/** Encodes frames (in time order) of a source of the given size into one chunk. */
export function encodeTrackChunk(frames: readonly PoseFrame[], size: { readonly width: number; readonly height: number }): EncodedChunk {
  const t0Ms = frames[0]?.tMs ?? 0;
  const presentCount = frames.reduce((n, f) => n + (f.keypoints === null ? 0 : 1), 0);
  const tCenti = new Uint32Array(frames.length);
  const present = new Uint8Array(Math.ceil(frames.length / 8));
  const xy = new Int16Array(presentCount * KEYPOINTS * 2);
  const score = new Uint8Array(presentCount * KEYPOINTS);
  const unitX = size.width / POSITION_STEPS_PER_FRAME_SIDE;
  const unitY = size.height / POSITION_STEPS_PER_FRAME_SIDE;
  let p = 0;
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    const offsetMs = frame.tMs - t0Ms;
    if (!(offsetMs >= 0 && offsetMs <= MAX_TIME_OFFSET_MS)) {
      throw new RangeError(`frame ${i} at ${frame.tMs} ms is not within 0..${MAX_TIME_OFFSET_MS} ms after the chunk's first frame`);
    }
    tCenti[i] = Math.round(offsetMs / TIME_STEP_MS);
    const keypoints = frame.keypoints;
    if (keypoints === null) continue;
    present[i >> 3]! |= 1 << (i & 7);
    // Indexed loops, not destructuring: this runs 300,000 times for a 10-minute session.
    for (let k = 0, base = p * KEYPOINTS; k < KEYPOINTS; k++) {
      const point = keypoints[k]!;
      xy[(base + k) * 2] = quantise(point[0], unitX);
      xy[(base + k) * 2 + 1] = quantise(point[1], unitY);
      score[base + k] = Math.round(Math.max(0, Math.min(1, point[2])) * SCORE_STEPS);
    }
    p++;
  }
  return { frameCount: frames.length, t0Ms, tCenti, present, xy, score };
}

/** Decodes one chunk back to frames (positions within half a step, scores within 1/510, times within 0.005 ms). */
export function decodeTrackChunk(chunk: EncodedChunk, size: { readonly width: number; readonly height: number }): PoseFrame[] {
  const unitX = size.width / POSITION_STEPS_PER_FRAME_SIDE;
  const unitY = size.height / POSITION_STEPS_PER_FRAME_SIDE;
  const frames: PoseFrame[] = [];
  let p = 0;
  for (let i = 0; i < chunk.frameCount; i++) {
    const tMs = Math.round((chunk.t0Ms + chunk.tCenti[i]! * TIME_STEP_MS) * 100) / 100;
    if ((chunk.present[i >> 3]! & (1 << (i & 7))) === 0) {
      frames.push({ tMs, keypoints: null });
      continue;
    }
    const keypoints: Keypoint[] = [];
    for (let k = 0; k < KEYPOINTS; k++) {
      keypoints.push([
        chunk.xy[(p * KEYPOINTS + k) * 2]! * unitX,
        chunk.xy[(p * KEYPOINTS + k) * 2 + 1]! * unitY,
        chunk.score[p * KEYPOINTS + k]! / SCORE_STEPS,
      ]);
    }
    frames.push({ tMs, keypoints });
    p++;
  }
  return frames;
}

/** Bytes a chunk takes in storage (its typed arrays; the few numbers beside them are negligible). */
export const chunkBytes = (chunk: EncodedChunk): number =>
  chunk.tCenti.byteLength + chunk.present.byteLength + chunk.xy.byteLength + chunk.score.byteLength + 16;

/** Rebuilds a track file from a session's chunks (in seq order). */
export function trackFromChunks(meta: TrackMeta, chunks: readonly EncodedChunk[]): Track {
  return {
    format: TRACK_FORMAT, version: TRACK_VERSION, model: meta.model, source: meta.source,
    width: meta.width, height: meta.height, fps: meta.fps, keypointNames: [...KEYPOINT_NAMES],
    frames: chunks.flatMap((chunk) => decodeTrackChunk(chunk, meta)),
  };
}
