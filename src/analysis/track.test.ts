import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES } from './types.ts';
import { trackFromJson, trackFromText, trackSummary, trackToJson } from './track.ts';

const kps = (score = 0.8) => KEYPOINT_NAMES.map((_, i) => [10 + i, 20 + i, score] as const);
const valid = () => trackToJson({
  model: 'movenet-lightning', source: 'clip.mp4', width: 640, height: 480, fps: 30,
  frames: [{ tMs: 0, keypoints: kps() }, { tMs: 33.3, keypoints: null }, { tMs: 66.7, keypoints: kps(0.5) }],
});
const reject = (raw: unknown) => {
  const r = trackFromJson(raw);
  if (r.ok) throw new Error('expected a rejection');
  return r.reason;
};

describe('springboard-track format', () => {
  it('reads back what it writes', () => {
    const r = trackFromText(JSON.stringify(valid()));
    expect(r.ok && r.track).toEqual(valid());
  });
  it('keeps "no person" frames as null keypoints', () => {
    const r = trackFromJson(valid());
    expect(r.ok && r.track.frames[1]!.keypoints).toBeNull();
  });
  it('ignores fields added by later minor additions', () => {
    expect(trackFromJson({ ...valid(), childHeightCm: 110 }).ok).toBe(true);
  });
  it('rejects text that is not JSON with the parser reason', () => {
    const r = trackFromText('{"format": "springboard-track",');
    expect(!r.ok && r.reason).toMatch(/not valid JSON/);
  });
  it('rejects a file from another app', () => {
    expect(reject({ format: 'something-else', version: 1 })).toMatch(/not a Springboard track/);
  });
  it('rejects a newer version with the advice to update', () => {
    expect(reject({ ...valid(), version: 2 })).toMatch(/newer than this app reads/);
  });
  it('rejects keypoint names in another order', () => {
    expect(reject({ ...valid(), keypointNames: [...KEYPOINT_NAMES].reverse() })).toMatch(/keypointNames/);
  });
  it('rejects frames that go back in time', () => {
    const t = valid();
    expect(reject({ ...t, frames: [t.frames[2], t.frames[0]] })).toMatch(/earlier than the frame before/);
  });
  it('rejects a keypoint that is not a triple, naming it', () => {
    const t = valid();
    const bad = [...t.frames[0]!.keypoints!];
    bad[15] = [1, 2] as unknown as readonly [number, number, number];
    expect(reject({ ...t, frames: [{ tMs: 0, keypoints: bad }] })).toMatch(/keypoints\[15\] \(left_ankle\)/);
  });
  it('rejects a score outside 0..1', () => {
    const t = valid();
    const bad = [...t.frames[0]!.keypoints!];
    bad[0] = [1, 2, 1.5];
    expect(reject({ ...t, frames: [{ tMs: 0, keypoints: bad }] })).toMatch(/outside 0..1/);
  });
  it('summarises frames, frames with a person and the mean score', () => {
    const s = trackSummary(valid().frames);
    expect(s.frames).toBe(3);
    expect(s.framesWithPerson).toBe(2);
    expect(s.meanScore).toBeCloseTo(0.65, 6);
    expect(s.durationS).toBeCloseTo(0.0667, 4);
  });
});
