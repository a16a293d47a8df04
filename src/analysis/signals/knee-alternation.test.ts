import { describe, expect, it } from 'vitest';
import { KP, type Keypoint } from '../types.ts';
import { FrameHistory } from './frame-history.ts';
import { kneeAlternation } from './knee-alternation.ts';

const BODY_PX = 400;
const KNEE_Y = 300;

/** 30 frames at 30 fps; knees(i) gives each knee's rise above the standing knee height on frame i, body heights. */
function history(knees: (i: number) => { left: number; right: number; rightSeen?: boolean }): FrameHistory {
  const h = new FrameHistory(64);
  for (let i = 0; i < 30; i++) {
    const k = knees(i);
    const kps: Keypoint[] = Array.from({ length: 17 }, () => [100, 100, 0.9] as Keypoint);
    kps[KP.left_knee] = [90, KNEE_Y - k.left * BODY_PX, 0.9];
    kps[KP.right_knee] = [110, KNEE_Y - k.right * BODY_PX, k.rightSeen === false ? 0.1 : 0.9];
    h.push(kps, (i * 1000) / 30, BODY_PX, 0.3);
  }
  return h;
}
const all = (h: FrameHistory) => kneeAlternation(h, 0, 1000);

describe('kneeAlternation', () => {
  it('measures how far each knee rose above the other when they take turns (stepping)', () => {
    const stride = (i: number) => Math.max(0, Math.sin((Math.PI * i) / 5)) * 0.12;
    const steps = history((i) => ({ left: stride(i), right: stride(i + 5) }));
    expect(all(steps).amplitudeNorm).toBeGreaterThan(0.1);
  });

  it('stays near zero when the knees rise and fall together (a two-foot jump)', () => {
    const jump = (i: number) => Math.max(0, Math.sin((Math.PI * i) / 10)) * 0.08;
    expect(all(history((i) => ({ left: jump(i), right: jump(i) }))).amplitudeNorm).toBeLessThan(0.001);
  });

  it('ignores one knee misplaced upward on a few frames: the difference moves one way only', () => {
    const glitch = history((i) => ({ left: i >= 10 && i < 13 ? 0.15 : 0, right: 0 }));
    expect(all(glitch).amplitudeNorm).toBeLessThan(0.001);
  });

  it('ignores a constant height difference between the knees (a three-quarter view, a staggered stance)', () => {
    expect(all(history(() => ({ left: 0.04, right: 0 }))).amplitudeNorm).toBeLessThan(0.001);
  });

  it('gives no measure when both knees were seen on fewer than three frames', () => {
    const r = all(history((i) => ({ left: 0, right: 0, rightSeen: i < 2 })));
    expect(r).toEqual({ amplitudeNorm: undefined, framesSeen: 2 });
  });
});
