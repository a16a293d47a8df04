// Issue 10: broad jumps filmed from the front (toward the camera) are long jumps whose distance the picture cannot
// show: counted, distance not scorable with the reason, never "jumps in place" and never a made-up number.
import { describe, expect, it } from 'vitest';
import { syntheticJumpTrack, twoFootJumps } from '../../../../tests/helpers/synthetic-jumps.ts';
import { analyzeFrames, type Keypoint, type PoseFrame } from '../../index.ts';
import { STANDING_LONG_JUMP } from './index.ts';

/** Jumps in place seen from the front, with the child coming nearer the camera during each flight: every keypoint
 * scaled about the image centre by `scale(tS)` (pinhole camera: size proportional to 1 / distance). */
function towardCamera(scale: (tS: number) => number) {
  const jumps = twoFootJumps({ startS: 1, count: 3, periodS: 1.2, flightS: 0.4 });
  const t = syntheticJumpTrack(jumps, { durationS: 5, view: 'front', width: 640, height: 480, heightPx: 240, noisePx: 0.5 });
  const [cx, cy] = [320, 300];
  const frames = t.frames.map((f): PoseFrame => {
    const s = scale(f.tMs / 1000);
    return { tMs: f.tMs, keypoints: f.keypoints?.map((k): Keypoint => [cx + (k[0] - cx) * s, cy + (k[1] - cy) * s, k[2]]) ?? null };
  });
  return { source: t.source, frames };
}

/** 1 m camera distance lost per jump from 4 m: the child grows 4/3, then 3/2 ... over each 0.4 s flight. */
const approach = (tS: number) => {
  let distanceM = 4;
  for (let k = 0; k < 3; k++) {
    const takeoffS = 1 + k * 1.2 + 0.25;
    distanceM -= 0.7 * Math.min(1, Math.max(0, (tS - takeoffS) / 0.4));
  }
  return 4 / distanceM;
};

describe('standing long jump filmed from the front', () => {
  it('counts jumps toward the camera as long jumps with the distance not scorable, with the reason', () => {
    const track = towardCamera(approach);
    const r = analyzeFrames(STANDING_LONG_JUMP, track.source, track.frames);
    expect(r.count).toBe(3);
    for (const rep of r.reps) {
      expect(rep.direction).toBe('toward the camera');
      expect(rep.distanceNorm).toBeUndefined();
      expect(rep.distanceCm).toBeUndefined();
      expect(rep.distanceNotScorable).toMatch(/grew \d+% in the picture/);
    }
    expect(r.flags.some((f) => f.includes('in place'))).toBe(false);
  });

  it('still calls the same jumps without the approach jumps in place', () => {
    const still = towardCamera(() => 1);
    const r = analyzeFrames(STANDING_LONG_JUMP, still.source, still.frames);
    expect(r.count).toBe(0);
    expect(r.flags.some((f) => f.includes('in place'))).toBe(true);
  });
});
