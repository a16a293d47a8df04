// Property tests of the track reader (fast-check): whatever JSON it is given, it never throws, and what it accepts
// keeps every promise of the format; a track written by trackToJson reads back exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, type PoseFrame } from './types.ts';
import { TRACK_MARGIN_FRAME_SIDES, trackFromJson, trackFromText, trackToJson, type Track } from './track.ts';

const size = fc.record({ width: fc.integer({ min: 16, max: 3840 }), height: fc.integer({ min: 16, max: 2160 }) });

/** Frames in time order, at least 0.02 ms apart (trackToJson keeps 0.01 ms), keypoints within the margin. */
const framesFor = (width: number, height: number) => fc.array(fc.record({
  dtMs: fc.double({ min: 0.02, max: 1000, noNaN: true }),
  keypoints: fc.option(fc.array(fc.tuple(
    fc.double({ min: -width * TRACK_MARGIN_FRAME_SIDES, max: width * (1 + TRACK_MARGIN_FRAME_SIDES), noNaN: true }),
    fc.double({ min: -height * TRACK_MARGIN_FRAME_SIDES, max: height * (1 + TRACK_MARGIN_FRAME_SIDES), noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ), { minLength: KEYPOINT_NAMES.length, maxLength: KEYPOINT_NAMES.length }), { nil: null }),
}), { minLength: 1, maxLength: 40 }).map((raw) => {
  let tMs = 0;
  return raw.map((f): PoseFrame => ({ tMs: (tMs += f.dtMs), keypoints: f.keypoints }));
});

const validTrack = size.chain(({ width, height }) => fc.record({
  model: fc.string({ minLength: 1 }), source: fc.string(), fps: fc.double({ min: 0.1, max: 240, noNaN: true }),
  frames: framesFor(width, height),
}).map((t) => trackToJson({ ...t, width, height })));

/** A valid track with one value somewhere replaced by anything JSON can hold (or removed). */
const damagedTrack = fc.tuple(validTrack, fc.nat(), fc.nat(), fc.jsonValue()).map(([track, at, frameAt, value]) => {
  const copy = JSON.parse(JSON.stringify(track)) as Record<string, unknown> & { frames: Record<string, unknown>[] };
  const keys = ['format', 'version', 'model', 'source', 'width', 'height', 'fps', 'keypointNames', 'frames', 'tMs', 'keypoints'];
  const key = keys[at % keys.length]!;
  const target: Record<string, unknown> = key === 'tMs' || key === 'keypoints' ? copy.frames[frameAt % copy.frames.length]! : copy;
  if (value === null && at % 2 === 0) delete target[key]; else target[key] = value;
  return copy;
});

function checkAccepted(track: Track): void {
  expect(track.frames.length).toBeGreaterThan(0);
  expect(track.width > 0 && track.height > 0 && track.fps > 0).toBe(true);
  track.frames.forEach((f, i) => {
    if (i > 0) expect(f.tMs).toBeGreaterThan(track.frames[i - 1]!.tMs);
    for (const [x, y, s] of f.keypoints ?? []) {
      expect(Math.abs(x - track.width / 2)).toBeLessThanOrEqual(track.width * (0.5 + TRACK_MARGIN_FRAME_SIDES));
      expect(Math.abs(y - track.height / 2)).toBeLessThanOrEqual(track.height * (0.5 + TRACK_MARGIN_FRAME_SIDES));
      expect(s >= 0 && s <= 1).toBe(true);
    }
  });
}

describe('track reader properties', () => {
  it('reads back exactly what trackToJson writes', () => {
    fc.assert(fc.property(validTrack, (track) => {
      const r = trackFromText(JSON.stringify(track));
      expect(r.ok && r.track).toEqual(track);
    }), { numRuns: 200 });
  });

  it('never throws on a damaged track: it refuses with a reason or accepts a track that keeps every promise', () => {
    fc.assert(fc.property(damagedTrack, (raw) => {
      const r = trackFromJson(raw);
      if (r.ok) checkAccepted(r.track);
      else expect(r.reason).toMatch(/\S/);
    }), { numRuns: 500 });
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      const r = trackFromText(text);
      expect(r.ok || r.reason.length > 0).toBe(true);
    }), { numRuns: 500 });
  });
});
