// The kept track (typed arrays) must write exactly the track file trackToJson writes from the same frames, whatever
// the frames and however they fall across chunks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, type Keypoint, type PoseFrame } from './types.ts';
import { trackFromText, trackToJson } from './track.ts';
import { CompactFrames, TRACK_CHUNK_FRAMES, type TrackInfo } from './track-store.ts';

const INFO: TrackInfo = { model: 'movenet-lightning', source: 'jumps.mp4', width: 640, height: 480, fps: 30 };
const person = (tMs: number, x: number): PoseFrame => ({ tMs, keypoints: KEYPOINT_NAMES.map((_, k) => [x + k, 2 * x - k, k / 17] as const) });

const keypoint = fc.tuple(fc.double({ min: -2000, max: 6000, noNaN: true }), fc.double({ min: -2000, max: 6000, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }));
const frames = fc.array(fc.record({
  dtMs: fc.double({ min: 0.001, max: 1000, noNaN: true }),
  keypoints: fc.option(fc.array(keypoint, { minLength: KEYPOINT_NAMES.length, maxLength: KEYPOINT_NAMES.length }), { nil: null }),
  // The camera's measured motion (src/pose/camera-motion.ts), on some frames only.
  cameraPx: fc.option(fc.tuple(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true })), { nil: undefined }),
  cameraCut: fc.boolean(),
}), { maxLength: 40 }).map((raw) => {
  let tMs = 0;
  return raw.map((f): PoseFrame => ({ tMs: (tMs += f.dtMs), keypoints: f.keypoints, ...(f.cameraPx ? { cameraPx: f.cameraPx } : {}),
    ...(f.cameraCut ? { cameraCut: true as const } : {}) }));
});

describe('CompactFrames', () => {
  it('writes the same track file as trackToJson for any frames, across any chunk size', () => {
    fc.assert(fc.property(frames, fc.integer({ min: 1, max: 8 }), (list, chunkFrames) => {
      const kept = CompactFrames.of(list, chunkFrames);
      expect(kept.length).toBe(list.length);
      expect(kept.toTrack(INFO)).toEqual(trackToJson({ ...INFO, frames: list }));
    }), { numRuns: 300 });
  });

  it('keeps a real track exactly: the saved file reads back as the fixture it came from', () => {
    const text = readFileSync(join(import.meta.dirname, '../../tests/fixtures/tracks/jumping-jacks__jj-white-wall.lightning.track.json'), 'utf8');
    const read = trackFromText(text);
    if (!read.ok) throw new Error(read.reason);
    const { frames: list, ...header } = read.track;
    const kept = CompactFrames.of(list);
    expect(kept.toTrack(header)).toEqual(trackToJson(read.track));
    expect(JSON.stringify(kept.toTrack(header))).toBe(JSON.stringify(trackToJson(read.track)));
  });

  it('grows across chunk boundaries and reads every frame back in order', () => {
    const n = 2 * TRACK_CHUNK_FRAMES + 3;
    const list = Array.from({ length: n }, (_, i) => (i % 5 === 0 ? { tMs: i * 33.3, keypoints: null } : person(i * 33.3, i / 4)));
    const kept = CompactFrames.of(list);
    expect(kept.length).toBe(n);
    expect(kept.firstTMs).toBe(0);
    expect(kept.lastTMs).toBe((n - 1) * 33.3);
    expect(kept.frameAt(TRACK_CHUNK_FRAMES)).toEqual(trackToJson({ ...INFO, frames: [list[TRACK_CHUNK_FRAMES]!] }).frames[0]);
    expect([...kept]).toEqual(trackToJson({ ...INFO, frames: list }).frames);
    // Three chunks of typed arrays, about 200 bytes a frame (time, presence, keypoints, the camera's motion): a seventh
    // of what the plain arrays cost.
    expect(kept.bytes).toBe(3 * TRACK_CHUNK_FRAMES * (8 + 1 + KEYPOINT_NAMES.length * (2 * 4 + 2) + 1 + 2 * 8));
  });

  it('is empty until a frame is pushed', () => {
    const kept = new CompactFrames();
    expect([kept.length, kept.firstTMs, kept.lastTMs, kept.bytes]).toEqual([0, undefined, undefined, 0]);
    expect(kept.toTrack(INFO).frames).toEqual([]);
    expect(() => kept.frameAt(0)).toThrow(/frame 0 is not among the 0 kept/);
  });

  it('refuses a keypoint a track file could not hold, and keeps the frames before it intact', () => {
    const kept = CompactFrames.of([person(0, 10)], 1);
    const bad = (k: Keypoint): PoseFrame => ({ tMs: 40, keypoints: KEYPOINT_NAMES.map(() => k) });
    expect(() => kept.push(bad([Number.NaN, 0, 0.5]))).toThrow(/frame 1's nose \(NaN, 0, score 0.5\) cannot be kept/);
    expect(() => kept.push(bad([0, 0, 1.5]))).toThrow(RangeError);
    expect(() => kept.push({ tMs: 40, keypoints: [[0, 0, 1]] })).toThrow(/has 1 keypoints, not the 17/);
    expect(() => new CompactFrames(0)).toThrow(RangeError);
    kept.push(person(40, 11));
    expect([...kept]).toEqual(trackToJson({ ...INFO, frames: [person(0, 10), person(40, 11)] }).frames);
  });
});
