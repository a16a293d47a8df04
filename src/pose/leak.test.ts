import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodePoseEstimator } from './node.ts';
import type { PoseEstimator } from './estimator.ts';

/** A 320x240 RGB test card: smooth gradients, so MoveNet has edges to chew on. */
function testCard(widthPx: number, heightPx: number): Uint8Array {
  const rgb = new Uint8Array(widthPx * heightPx * 3);
  for (let y = 0; y < heightPx; y++) {
    for (let x = 0; x < widthPx; x++) {
      const i = (y * widthPx + x) * 3;
      rgb[i] = (x * 255) / widthPx;
      rgb[i + 1] = (y * 255) / heightPx;
      rgb[i + 2] = ((x + y) * 7) % 256;
    }
  }
  return rgb;
}

describe('PoseEstimator tensor ownership', () => {
  let estimator: PoseEstimator;
  beforeAll(async () => { estimator = await createNodePoseEstimator('lightning'); });
  afterAll(() => estimator.dispose());

  it('leaves as many tensors alive after 100 frames as before them', async () => {
    const rgb = testCard(320, 240);
    await estimator.estimateRgb(rgb, 320, 240, 0); // first call may allocate lasting state: not counted
    const before = tf.memory().numTensors;
    for (let i = 1; i <= 100; i++) await estimator.estimateRgb(rgb, 320, 240, i * 33);
    expect(tf.memory().numTensors).toBe(before);
  });
});
