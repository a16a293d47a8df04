// Property tests of the track codec (fast-check): any frames a track file may hold encode without a throw, decode
// within the quantisation, and a decoded chunk encodes again to exactly the same bytes (the stored form is stable).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, type PoseFrame } from '../analysis/index.ts';
import { POSITION_STEPS_PER_FRAME_SIDE, SCORE_STEPS, decodeTrackChunk, encodeTrackChunk } from './track-codec.ts';

const size = fc.record({ width: fc.integer({ min: 16, max: 3840 }), height: fc.integer({ min: 16, max: 2160 }) });

/** Frames as the track reader accepts them: times increasing, keypoints within one frame side of the picture. */
const framesFor = (width: number, height: number) => fc.tuple(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.array(fc.record({
    dtMs: fc.integer({ min: 1, max: 100_000 }).map((centi) => centi / 100),
    keypoints: fc.option(fc.array(fc.tuple(
      fc.double({ min: -width, max: 2 * width, noNaN: true }), fc.double({ min: -height, max: 2 * height, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ), { minLength: KEYPOINT_NAMES.length, maxLength: KEYPOINT_NAMES.length }), { nil: null }),
  }), { minLength: 1, maxLength: 60 }),
).map(([t0Ms, raw]) => {
  let tMs = Math.round(t0Ms * 100) / 100 + 0; // + 0: -0 and 0 are the same time, but toEqual tells them apart
  return raw.map((f, i): PoseFrame => ({ tMs: i === 0 ? tMs : (tMs = Math.round((tMs + f.dtMs) * 100) / 100), keypoints: f.keypoints }));
});

const sized = size.chain((s) => framesFor(s.width, s.height).map((frames) => ({ size: s, frames })));

describe('track codec properties', () => {
  it('decodes within half a step, a score step and 0.01 ms, keeping frames without a person', () => {
    fc.assert(fc.property(sized, ({ size: s, frames }) => {
      const decoded = decodeTrackChunk(encodeTrackChunk(frames, s), s);
      expect(decoded).toHaveLength(frames.length);
      const halfX = s.width / POSITION_STEPS_PER_FRAME_SIDE / 2 + 1e-9;
      const halfY = s.height / POSITION_STEPS_PER_FRAME_SIDE / 2 + 1e-9;
      frames.forEach((f, i) => {
        const d = decoded[i]!;
        expect(Math.abs(d.tMs - f.tMs)).toBeLessThanOrEqual(0.0051);
        expect(d.keypoints === null).toBe(f.keypoints === null);
        f.keypoints?.forEach(([x, y, score], k) => {
          const [dx, dy, ds] = d.keypoints![k]!;
          expect(Math.abs(dx - x)).toBeLessThanOrEqual(halfX);
          expect(Math.abs(dy - y)).toBeLessThanOrEqual(halfY);
          expect(Math.abs(ds - score)).toBeLessThanOrEqual(1 / (2 * SCORE_STEPS) + 1e-9);
        });
      });
    }), { numRuns: 200 });
  });

  it('round-trips exactly once quantised: encode(decode(chunk)) is the same chunk', () => {
    fc.assert(fc.property(sized, ({ size: s, frames }) => {
      const chunk = encodeTrackChunk(frames, s);
      expect(encodeTrackChunk(decodeTrackChunk(chunk, s), s)).toEqual(chunk);
    }), { numRuns: 200 });
  });

  it('refuses only frames out of time order or range, with a RangeError', () => {
    fc.assert(fc.property(sized, fc.nat(), ({ size: s, frames }, at) => {
      if (frames.length < 2) return;
      const i = 1 + (at % (frames.length - 1));
      const shuffled = frames.map((f, k) => (k === i ? { ...f, tMs: frames[0]!.tMs - 1 } : f));
      expect(() => encodeTrackChunk(shuffled, s)).toThrow(RangeError);
    }), { numRuns: 100 });
  });
});
