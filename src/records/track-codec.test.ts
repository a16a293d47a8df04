import { describe, expect, it } from 'vitest';
import { POSITION_STEPS_PER_FRAME_SIDE, chunkBytes, decodeTrackChunk, encodeTrackChunk } from './track-codec.ts';
import { SYNTHETIC_TRACK_META as META, TEN_MINUTES_30FPS_FRAMES, syntheticFrames } from './synthetic.ts';

describe('track codec', () => {
  it('restores positions within half a quantisation step and scores within 1/510', () => {
    const frames = syntheticFrames(300);
    const decoded = decodeTrackChunk(encodeTrackChunk(frames, META), META);
    const halfStepPx = META.width / POSITION_STEPS_PER_FRAME_SIDE / 2;
    let worstPx = 0;
    let worstScore = 0;
    frames.forEach((f, i) => f.keypoints?.forEach(([x, y, s], k) => {
      const [dx, dy, ds] = decoded[i]!.keypoints![k]!;
      worstPx = Math.max(worstPx, Math.abs(dx - x), Math.abs(dy - y));
      worstScore = Math.max(worstScore, Math.abs(ds - s));
    }));
    expect(worstPx).toBeLessThanOrEqual(halfStepPx + 1e-9);
    expect(worstScore).toBeLessThanOrEqual(1 / 510 + 1e-9);
  });

  it('keeps frame times to 0.01 ms and frames without a person as null', () => {
    const frames = syntheticFrames(60);
    const decoded = decodeTrackChunk(encodeTrackChunk(frames, META), META);
    expect(decoded.map((f) => f.tMs)).toEqual(frames.map((f) => f.tMs));
    expect(decoded.map((f) => f.keypoints === null)).toEqual(frames.map((f) => f.keypoints === null));
  });

  it('stores a 10-minute 30 fps track in under 2,000,000 bytes', () => {
    const bytes = chunkBytes(encodeTrackChunk(syntheticFrames(TEN_MINUTES_30FPS_FRAMES), META));
    expect(bytes).toBeLessThan(2_000_000);
  });

  it('clamps a keypoint far outside the frame to twice the frame size', () => {
    const far = { tMs: 0, keypoints: Array.from({ length: 17 }, () => [1e6, -1e6, 0.5] as const) };
    const [decoded] = decodeTrackChunk(encodeTrackChunk([far], META), META);
    expect(decoded!.keypoints![0]![0]).toBeCloseTo(META.width * 32767 / POSITION_STEPS_PER_FRAME_SIDE, 6);
    expect(decoded!.keypoints![0]![1]).toBeCloseTo(-META.height * 32767 / POSITION_STEPS_PER_FRAME_SIDE, 6);
  });

  it('refuses frames out of time order as a programmer error', () => {
    expect(() => encodeTrackChunk([{ tMs: 10, keypoints: null }, { tMs: 5, keypoints: null }], META)).toThrow(RangeError);
  });
});
