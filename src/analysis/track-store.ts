// A kept keypoint track in typed arrays: what a 10-minute recorded video leaves in memory until it is saved. As plain
// arrays a frame costs ~1.4 KB (17 [x, y, score] arrays); here ~200 bytes (with the camera's measured motion), held at the track file's own precision
// (trackToJson: 0.1 px, 0.001 score, 0.01 ms), so toTrack() writes exactly the file trackToJson writes from the frames.
import { KEYPOINT_NAMES, type Keypoint, type PoseFrame } from './types.ts';
import { trackToJson, type Track } from './track.ts';

const KEYPOINTS = KEYPOINT_NAMES.length;

/**
 * Frames per chunk. Reason: a chunk is allocated whole (~180 KB at 1024 frames), so at most that is held unused,
 * while a 10-minute video at 30 fps needs only 18 chunks (no copy when the track grows, unlike one doubling array).
 */
export const TRACK_CHUNK_FRAMES = 1024;

/** Positions are kept as tenths of a pixel in Int32: anything farther than this from the picture is refused. */
const MAX_ABS_TENTHS = 2 ** 31 - 1;
/** Scores as thousandths (0..1000) in Uint16. */
const SCORE_STEPS = 1000;

/** Everything a track file says besides its frames. */
export type TrackInfo = Pick<Track, 'model' | 'source' | 'width' | 'height' | 'fps'>;

interface Chunk {
  /** Frame times as given (ms): rounded only when read, as trackToJson rounds them. */
  readonly tMs: Float64Array;
  /** 1 where the frame has a person. */
  readonly present: Uint8Array;
  /** x and y of each keypoint, tenths of a pixel, KEYPOINTS * 2 per frame. */
  readonly xyTenths: Int32Array;
  /** Score of each keypoint, thousandths, KEYPOINTS per frame. */
  readonly scoreSteps: Uint16Array;
  /** Bit 1: the frame carries the camera's measured motion (PoseFrame.cameraPx); bit 2: a cut (PoseFrame.cameraCut). */
  readonly hasCamera: Uint8Array;
  /** The camera's motion, dx and dy in source pixels, 2 per frame: rounded only when read, as trackToJson rounds it. */
  readonly cameraPx: Float64Array;
}

const newChunk = (frames: number): Chunk => ({
  tMs: new Float64Array(frames), present: new Uint8Array(frames),
  xyTenths: new Int32Array(frames * KEYPOINTS * 2), scoreSteps: new Uint16Array(frames * KEYPOINTS),
  hasCamera: new Uint8Array(frames), cameraPx: new Float64Array(frames * 2),
});

/** Tenths of a pixel, by trackToJson's own expression (v / 0.1: v * 10 could round the other way at a half). */
const tenthsOf = (vPx: number): number => Math.round(vPx / 0.1);
/** Thousandths of a score, from the same toFixed(3) that trackToJson writes (exact: the result is near an integer). */
const scoreStepsOf = (score: number): number => Math.round(Number(score.toFixed(3)) * SCORE_STEPS);

/**
 * Frames appended in time order and read back at the track file's precision. n / 10 is the double nearest the decimal
 * n/10, which is what Number((n * 0.1).toFixed(1)) in trackToJson gives too; likewise for the scores (the property
 * test in track-store.test.ts holds the two equal).
 */
export class CompactFrames implements Iterable<PoseFrame> {
  private readonly chunks: Chunk[] = [];
  private count = 0;

  constructor(private readonly chunkFrames = TRACK_CHUNK_FRAMES) {
    if (!Number.isInteger(chunkFrames) || chunkFrames < 1) throw new RangeError(`chunkFrames must be a whole number of frames, not ${chunkFrames}`);
  }

  static of(frames: Iterable<PoseFrame>, chunkFrames?: number): CompactFrames {
    const kept = new CompactFrames(chunkFrames);
    for (const f of frames) kept.push(f);
    return kept;
  }

  get length(): number { return this.count; }

  /** Time of the first / last frame as pushed (ms, unrounded); undefined when empty. */
  get firstTMs(): number | undefined { return this.count === 0 ? undefined : this.chunks[0]!.tMs[0]; }
  get lastTMs(): number | undefined { return this.count === 0 ? undefined : this.rawTMs(this.count - 1); }

  /** Bytes held by the typed arrays (allocated, whole chunks). */
  get bytes(): number {
    return this.chunks.reduce((n, c) => n + c.tMs.byteLength + c.present.byteLength + c.xyTenths.byteLength + c.scoreSteps.byteLength
      + c.hasCamera.byteLength + c.cameraPx.byteLength, 0);
  }

  /** Appends a frame. Throws a RangeError for a keypoint the track file could not hold (not finite, or a score outside 0..1). */
  push(frame: PoseFrame): void {
    const at = this.count % this.chunkFrames;
    // Only when the last chunk is full: a refused frame (RangeError below) must not leave an empty chunk behind.
    if (this.count === this.chunks.length * this.chunkFrames) this.chunks.push(newChunk(this.chunkFrames));
    const chunk = this.chunks[this.chunks.length - 1]!;
    const keypoints = frame.keypoints;
    if (keypoints !== null) this.writeKeypoints(chunk, at, keypoints);
    chunk.tMs[at] = frame.tMs;
    chunk.present[at] = keypoints === null ? 0 : 1;
    chunk.hasCamera[at] = (frame.cameraPx ? 1 : 0) | (frame.cameraCut ? 2 : 0);
    if (frame.cameraPx) { chunk.cameraPx[2 * at] = frame.cameraPx[0]; chunk.cameraPx[2 * at + 1] = frame.cameraPx[1]; }
    this.count++;
  }

  /** Frame i at the track file's precision (a new object each call). */
  frameAt(i: number): PoseFrame {
    if (!Number.isInteger(i) || i < 0 || i >= this.count) throw new RangeError(`frame ${i} is not among the ${this.count} kept`);
    const chunk = this.chunks[Math.floor(i / this.chunkFrames)]!;
    const at = i % this.chunkFrames;
    const tMs = Math.round(chunk.tMs[at]! / 0.01) * 0.01;
    // The camera's motion at trackToJson's precision (hundredths of a pixel), only where the frame had it.
    const camera = {
      ...((chunk.hasCamera[at]! & 1) === 1
        ? { cameraPx: [Number(chunk.cameraPx[2 * at]!.toFixed(2)), Number(chunk.cameraPx[2 * at + 1]!.toFixed(2))] as const } : {}),
      ...((chunk.hasCamera[at]! & 2) === 2 ? { cameraCut: true as const } : {}),
    };
    if (chunk.present[at] === 0) return { tMs, keypoints: null, ...camera };
    const keypoints: Keypoint[] = new Array<Keypoint>(KEYPOINTS);
    // Indexed loops: this runs 17 times a frame for every frame of a saved track.
    for (let k = 0, xy = at * KEYPOINTS * 2, s = at * KEYPOINTS; k < KEYPOINTS; k++) {
      keypoints[k] = [chunk.xyTenths[xy + 2 * k]! / 10, chunk.xyTenths[xy + 2 * k + 1]! / 10, chunk.scoreSteps[s + k]! / SCORE_STEPS];
    }
    return { tMs, keypoints, ...camera };
  }

  *[Symbol.iterator](): Iterator<PoseFrame> {
    for (let i = 0; i < this.count; i++) yield this.frameAt(i);
  }

  /** The track file of these frames: equal to trackToJson({ ...info, frames }) of the frames pushed. */
  toTrack(info: TrackInfo): Track {
    return { ...trackToJson({ ...info, frames: [] }), frames: Array.from(this) };
  }

  private rawTMs(i: number): number {
    return this.chunks[Math.floor(i / this.chunkFrames)]!.tMs[i % this.chunkFrames]!;
  }

  private writeKeypoints(chunk: Chunk, at: number, keypoints: readonly Keypoint[]): void {
    if (keypoints.length !== KEYPOINTS) {
      throw new RangeError(`frame ${this.count} has ${keypoints.length} keypoints, not the ${KEYPOINTS} a track holds`);
    }
    for (let k = 0, xy = at * KEYPOINTS * 2, s = at * KEYPOINTS; k < KEYPOINTS; k++) {
      const [xPx, yPx, score] = keypoints[k]!;
      const x = tenthsOf(xPx);
      const y = tenthsOf(yPx);
      if (!(Math.abs(x) <= MAX_ABS_TENTHS && Math.abs(y) <= MAX_ABS_TENTHS && score >= 0 && score <= 1)) {
        throw new RangeError(`frame ${this.count}'s ${KEYPOINT_NAMES[k]} (${xPx}, ${yPx}, score ${score}) cannot be kept: `
          + 'a track holds finite positions and scores from 0 to 1');
      }
      chunk.xyTenths[xy + 2 * k] = x;
      chunk.xyTenths[xy + 2 * k + 1] = y;
      chunk.scoreSteps[s + k] = scoreStepsOf(score);
    }
  }
}

/** A video's track kept until it is saved: its file header and its frames. */
export interface KeptTrack {
  readonly info: TrackInfo;
  readonly frames: CompactFrames;
}
