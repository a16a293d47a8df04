// Leg spread and when the legs count as seen (synthetic front-view poses, tests/helpers/synthetic-jumps.ts).
import { describe, expect, it } from 'vitest';
import { KP, type Keypoint } from '../types.ts';
import { syntheticJumpTrack } from '../../../tests/helpers/synthetic-jumps.ts';
import { legSpreadRatio } from './leg-spread.ts';

/** One standing frame (heightPx 360 in a 640 x 480 image), feet offset from the midline by ankleOffsetNorm. */
function pose(ankleOffsetNorm = 0.06): Keypoint[] {
  return syntheticJumpTrack(() => ({ ankleOffsetNorm }), { durationS: 0.1, fps: 10 }).frames[0]!.keypoints!.map((k) => [...k] as Keypoint);
}
const SEEN = { maxAnkleYPx: 480 * 0.98, minShankPerTrunk: 0.25 };

describe('legSpreadRatio', () => {
  it('measures ankle distance over hip width', () => {
    expect(legSpreadRatio(pose(), 0.3, SEEN)).toBeCloseTo(1, 5);
    expect(legSpreadRatio(pose(0.2), 0.3, SEEN)).toBeCloseTo(0.4 / 0.12, 5);
  });

  it('treats an ankle on the bottom edge as not seen', () => {
    const k = pose();
    k[KP.left_ankle] = [k[KP.left_ankle]![0], 479, 0.9];
    expect(legSpreadRatio(k, 0.3, SEEN)).toBeUndefined();
    expect(legSpreadRatio(k, 0.3)).toBeDefined(); // without the checks
  });

  it('treats an ankle folded up onto its knee as not seen, at any distance from the camera', () => {
    for (const scale of [0.5, 1, 2]) {
      const k = pose().map(([x, y, s]) => [x * scale, y * scale, s] as Keypoint);
      const knee = k[KP.right_knee]!;
      k[KP.right_ankle] = [knee[0] + 2 * scale, knee[1] + 10 * scale, 0.6]; // 0.1 trunk lengths below the knee
      expect(legSpreadRatio(k, 0.3, { maxAnkleYPx: Infinity, minShankPerTrunk: 0.25 })).toBeUndefined();
    }
  });

  it('judges the ankles alone when the knees are not scored', () => {
    const k = pose();
    const knee = k[KP.right_knee]!;
    k[KP.right_ankle] = [knee[0], knee[1] + 5, 0.9];
    k[KP.right_knee] = [knee[0], knee[1], 0.1];
    expect(legSpreadRatio(k, 0.3, SEEN)).toBeDefined();
  });
});
