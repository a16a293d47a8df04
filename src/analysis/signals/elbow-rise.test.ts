// The elbows' height over the shoulders and whether a wrist is in the picture, on hand-made keypoints (front view, a
// 400 px tall child in a 480 px frame; y grows downwards).
import { describe, expect, it } from 'vitest';
import { KP, type Keypoint } from '../types.ts';
import { elbowRiseNorm, wristInPicture } from './elbow-rise.ts';

const BODY_PX = 400;
const TOP_PX = 9.6; // 2% of 480

/** Shoulders at y 100, elbows and wrists where given ([y, score] per side). */
function pose(o: { elbowY?: number; elbowScore?: number; wristY?: number; wristScore?: number; shoulderY?: number }): Keypoint[] {
  const k: Keypoint[] = Array.from({ length: 17 }, () => [0, 0, 0] as Keypoint);
  for (const [s, e, w, x] of [[KP.left_shoulder, KP.left_elbow, KP.left_wrist, 360], [KP.right_shoulder, KP.right_elbow, KP.right_wrist, 280]] as const) {
    k[s] = [x, o.shoulderY ?? 100, 0.9];
    k[e] = [x + 20, o.elbowY ?? 160, o.elbowScore ?? 0.9];
    k[w] = [x + 30, o.wristY ?? 220, o.wristScore ?? 0.9];
  }
  return k;
}

describe('elbow rise', () => {
  it('is the elbows\' height over the shoulders in body heights', () => {
    expect(elbowRiseNorm(pose({ elbowY: 60 }), BODY_PX, 0.3, TOP_PX)).toBeCloseTo(0.1, 6);
    expect(elbowRiseNorm(pose({ elbowY: 140 }), BODY_PX, 0.3, TOP_PX)).toBeCloseTo(-0.1, 6);
  });

  it('keeps an elbow on the top border (it is at least that high)', () => {
    expect(elbowRiseNorm(pose({ elbowY: 0, shoulderY: 40 }), BODY_PX, 0.3, TOP_PX)).toBeCloseTo(0.1, 6);
  });

  it('does not read an arm whose shoulder lies on the top border (it is higher than it looks)', () => {
    expect(elbowRiseNorm(pose({ elbowY: 0, shoulderY: 5 }), BODY_PX, 0.3, TOP_PX)).toBeUndefined();
  });

  it('is undefined when no elbow is scored', () => {
    expect(elbowRiseNorm(pose({ elbowY: 60, elbowScore: 0.1 }), BODY_PX, 0.3, TOP_PX)).toBeUndefined();
  });
});

describe('wrist in the picture', () => {
  it('is true for a scored wrist below the top edge band', () => {
    expect(wristInPicture(pose({ wristY: 30 }), 0.3, TOP_PX)).toBe(true);
  });

  it('is false for wrists on the top border, even with high scores (MoveNet\'s place for hands above the picture)', () => {
    expect(wristInPicture(pose({ wristY: 2, wristScore: 0.86 }), 0.3, TOP_PX)).toBe(false);
  });

  it('is false for unscored wrists', () => {
    expect(wristInPicture(pose({ wristY: 200, wristScore: 0.1 }), 0.3, TOP_PX)).toBe(false);
  });
});
