import { describe, expect, it } from 'vitest';
import { KP, type Keypoint } from '../types.ts';
import { ankleCanStand, edgeFloorLift } from './edge-floor-lift.ts';

// A 500 px tall person in a 720 px picture; the left leg stands, the right foot is lifted to y 500.
const pose = (leftAnkle: Keypoint, leftKneeY = 620): Keypoint[] => {
  const k: Keypoint[] = Array.from({ length: 17 }, (): Keypoint => [300, 300, 0.9]);
  k[KP.left_knee] = [320, leftKneeY, 0.9]; k[KP.left_ankle] = leftAnkle;
  k[KP.right_knee] = [200, 480, 0.9]; k[KP.right_ankle] = [300, 500, 0.9];
  return k;
};

describe('edgeFloorLift and ankleCanStand', () => {
  it('bounds the lifted foot by its height above the bottom edge when the standing ankle is past the edge', () => {
    const e = edgeFloorLift(pose([318, 735, 0.6]), 500, 0.25, 1280, 720);
    expect(e).toEqual({ liftedSide: 'right', liftNorm: (720 - 500) / 500, lowerBound: true });
  });

  it('gives no bound when the unseen foot\'s knee is more than a shank above the edge (no evidence it is below)', () => {
    expect(edgeFloorLift(pose([318, 600, 0.1], 540), 500, 0.25, 1280, 720)).toBeUndefined();
  });

  it('gives no bound when both ankles are feet on the floor (the measured lift applies)', () => {
    expect(edgeFloorLift(pose([318, 700, 0.9]), 500, 0.25, 1280, 720)).toBeUndefined();
  });

  it('treats an ankle above its own knee as no foot on the floor, and bounds the lift from the edge instead', () => {
    const k = pose([303, 510, 0.3]);
    expect(ankleCanStand(k, 'left', 500, 0.25)).toBe(false);
    expect(edgeFloorLift(k, 500, 0.25, 1280, 720)?.liftedSide).toBe('right');
  });
});
