import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  it('keeps the camera\'s measured shift where a frame has one, rounded to 0.01 px, and reads tracks without it', () => {
    const withCamera = trackToJson({ ...valid(), frames: [{ tMs: 0, keypoints: kps() }, { tMs: 33.3, keypoints: kps(), cameraPx: [1.2345, -0.5] }] });
    const r = trackFromText(JSON.stringify(withCamera));
    expect(r.ok && r.track.frames.map((f) => f.cameraPx)).toEqual([undefined, [1.23, -0.5]]);
    expect(trackFromJson({ ...withCamera, frames: [{ tMs: 0, keypoints: null, cameraPx: [1] }] }).ok).toBe(false);
    const withCut = trackToJson({ ...valid(), frames: [{ tMs: 0, keypoints: kps() }, { tMs: 33.3, keypoints: kps(), cameraCut: true }] });
    const read = trackFromJson(JSON.parse(JSON.stringify(withCut)));
    expect(read.ok && read.track.frames.map((f) => f.cameraCut)).toEqual([undefined, true]);
    expect(trackFromJson({ ...withCut, frames: [{ tMs: 0, keypoints: null, cameraCut: 1 }] }).ok).toBe(false);
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
    expect(reject({ ...t, frames: [{ tMs: 0, keypoints: bad }] })).toMatch(/frames\[0\]\.keypoints\[0\] \(nose\): the score must lie in 0\.\.1/);
  });
  it('summarises frames, frames with a person and the mean score', () => {
    const s = trackSummary(valid().frames);
    expect(s.frames).toBe(3);
    expect(s.framesWithPerson).toBe(2);
    expect(s.meanScore).toBeCloseTo(0.65, 6);
    expect(s.durationS).toBeCloseTo(0.0667, 4);
  });

  it('refuses a coordinate ten frame-heights away, naming the frame and keypoint', () => {
    const t = valid();
    const bad = t.frames[2]!.keypoints!.map((p, k) => (k === 15 ? [p[0], 10 * 480, p[2]] as const : p));
    expect(reject({ ...t, frames: [t.frames[0], t.frames[1], { tMs: 66.7, keypoints: bad }] }))
      .toBe('frames[2].keypoints[15] (left_ankle) lies at (25, 4800), far outside the 640x480 picture '
        + '(more than 1 frame side beyond its edge): the file is damaged');
  });
  it('keeps a keypoint a little outside the picture (a limb cut off by the edge)', () => {
    const t = valid();
    const edge = t.frames[0]!.keypoints!.map((p, k) => (k === 16 ? [-100, 480 + 200, p[2]] as const : p));
    expect(trackFromJson({ ...t, frames: [{ tMs: 0, keypoints: edge }] }).ok).toBe(true);
  });
  it('refuses a coordinate that is not finite (JSON cannot hold NaN, but a hand-made object can)', () => {
    const t = valid();
    const bad = t.frames[0]!.keypoints!.map((p, k) => (k === 0 ? [Infinity, p[1], p[2]] as const : p));
    expect(reject({ ...t, frames: [{ tMs: 0, keypoints: bad }] })).toMatch(/frames\[0\]\.keypoints\[0\] \(nose\): x must be a finite number/);
  });
  it('refuses a repeated time', () => {
    const t = valid();
    expect(reject({ ...t, frames: [t.frames[0], { ...t.frames[1]!, tMs: 0 }] }))
      .toBe('frames[1].tMs (0) repeats the time of the frame before it: each frame needs its own, later time');
  });
  it('refuses a track with no frame', () => {
    expect(reject({ ...valid(), frames: [] })).toMatch(/"frames" is empty/);
  });
  it.each(['width', 'height', 'fps'])('refuses a %s that is not positive', (key) => {
    expect(reject({ ...valid(), [key]: 0 })).toBe(`"${key}" must be a positive number`);
  });
  it('refuses keypoints of the wrong count', () => {
    const t = valid();
    expect(reject({ ...t, frames: [{ tMs: 0, keypoints: t.frames[0]!.keypoints!.slice(0, 16) }] }))
      .toMatch(/frames\[0\]\.keypoints: must be null or an array of 17/);
  });
  it('accepts any pose model\'s name and keeps it (a BlazePose track mapped to the 17 COCO names)', () => {
    const r = trackFromJson({ ...valid(), model: 'blazepose-full' });
    expect(r.ok && r.track.model).toBe('blazepose-full');
    expect(reject({ ...valid(), model: '' })).toMatch(/"model" must be the pose model's name/);
  });

  it.each([
    ['two-foot-jumps__rope-side-view', 15, 1, 2000, 'y = 2000 in a 360 px frame: counted 0 jumps, no flag'],
    ['jumping-jacks__jj-white-wall', 9, 0, 1e6, 'x = 1e6: counted 9 jacks of 12'],
  ])('refuses the issue\'s damaged fixture %s (keypoint %i, axis %i set to %d; before: %s)', (name, k, axis, value) => {
    const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../../tests/fixtures/tracks', `${name}.lightning.track.json`), 'utf8')) as
      { frames: { keypoints: number[][] | null }[] };
    const at = raw.frames.findIndex((f: { keypoints: unknown }) => f.keypoints !== null);
    raw.frames[at]!.keypoints![k]![axis] = value;
    expect(reject(raw)).toMatch(new RegExp(`^frames\\[${at}\\]\\.keypoints\\[${k}\\] \\(${KEYPOINT_NAMES[k]}\\) lies at .*far outside`));
  });
});
