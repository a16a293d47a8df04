import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodePoseEstimator, initNodeBackend } from './node.ts';
import { join } from 'node:path';
import { CLIPS_DIR, clipsAvailable } from '../cli/clips.ts';
import { decodeFrames } from '../cli/ffmpeg.ts';
import { FrameTensors, rgbaToModelValues, type PoseEstimator } from './estimator.ts';

/** A 160x120 RGBA test card with a varying alpha, so a wrong channel shows up in the keypoints. */
function testCardRgba(widthPx: number, heightPx: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(widthPx * heightPx * 4);
  for (let y = 0; y < heightPx; y++) {
    for (let x = 0; x < widthPx; x++) {
      const i = (y * widthPx + x) * 4;
      rgba.set([(x * 255) / widthPx, (y * 255) / heightPx, ((x + y) * 7) % 256, (x * 3) % 256], i);
    }
  }
  return rgba;
}

describe('FrameTensors', () => {
  beforeAll(async () => { await initNodeBackend(); });

  it('gives exactly the tensor tf.browser.fromPixels gives, frame after frame through its reused buffer', () => {
    const frames = new FrameTensors();
    for (const [w, h] of [[160, 120], [160, 120], [90, 70]] as const) {
      const rgba = testCardRgba(w, h).map((v) => (v + w) % 256);
      const reference = tf.browser.fromPixels({ data: new Uint8Array(rgba.buffer), width: w, height: h });
      const { image, owned } = frames.tensorOf({ data: rgba, width: w, height: h });
      expect(owned).toBe(true);
      expect(image.shape).toEqual([h, w, 3]);
      expect(image.dtype).toBe('int32');
      expect(image.dataSync()).toEqual(reference.dataSync());
      image.dispose();
      reference.dispose();
    }
  });

  it('passes a tensor through without taking it over', () => {
    const t = tf.zeros<tf.Rank.R3>([4, 4, 3], 'int32');
    expect(new FrameTensors().tensorOf(t)).toEqual({ image: t, owned: false });
    t.dispose();
  });
});

describe('PoseEstimator input handling', () => {
  let estimator: PoseEstimator;
  beforeAll(async () => { estimator = await createNodePoseEstimator('lightning'); });
  afterAll(() => estimator.dispose());

  it('reads RGBA pixels (ImageData) exactly as tf.browser.fromPixels would, without leaking tensors', async () => {
    const [w, h] = [160, 120];
    const rgba = testCardRgba(w, h);
    const pixels = { data: rgba, width: w, height: h, colorSpace: 'srgb' } as unknown as ImageData;
    const reference = tf.browser.fromPixels({ data: new Uint8Array(rgba.buffer), width: w, height: h });
    try {
      estimator.reset();
      const fromTensor = await estimator.estimate(reference, 0);
      estimator.reset();
      const before = tf.memory().numTensors;
      const fromPixels = await estimator.estimate(pixels, 0);
      expect(tf.memory().numTensors).toBe(before);
      expect(fromPixels).toEqual(fromTensor);
      // Twice in a row: the reused buffer must not carry the previous frame into the next.
      estimator.reset();
      expect(await estimator.estimate(pixels, 0)).toEqual(fromTensor);
    } finally {
      reference.dispose();
    }
  });

  it('reads packed RGB (Node) as the same frame as its RGBA twin', async () => {
    const [w, h] = [160, 120];
    const rgba = testCardRgba(w, h);
    const rgb = new Uint8Array(w * h * 3);
    for (let i = 0; i < w * h; i++) rgb.set(rgba.subarray(i * 4, i * 4 + 3), i * 3);
    estimator.reset();
    const fromRgb = await estimator.estimateRgb(rgb, w, h, 0);
    estimator.reset();
    expect(await estimator.estimate({ data: rgba, width: w, height: h } as unknown as ImageData, 0)).toEqual(fromRgb);
  });
});

describe.skipIf(!clipsAvailable())('PoseEstimator on a real clip (needs ../shared/clips)', () => {
  let estimator: PoseEstimator;
  beforeAll(async () => { estimator = await createNodePoseEstimator('lightning'); });
  afterAll(() => estimator.dispose());

  it('gives the same keypoints from the model values the frame worker makes as from the RGBA pixels', async () => {
    // jj-white-wall's first frames as RGBA, the pose worker's input (frame-reader-worker.ts) made from them.
    const frames: { rgba: Uint8ClampedArray; width: number; height: number; tMs: number }[] = [];
    for await (const f of decodeFrames(join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4'))) {
      const rgba = new Uint8ClampedArray(f.width * f.height * 4).fill(255);
      for (let i = 0; i < f.width * f.height; i++) rgba.set(f.rgb.subarray(i * 3, i * 3 + 3), i * 4);
      frames.push({ rgba, width: f.width, height: f.height, tMs: f.tMs });
      if (frames.length === 4) break;
    }
    estimator.reset();
    const fromPixels = [];
    for (const f of frames) fromPixels.push(await estimator.estimate({ data: f.rgba, width: f.width, height: f.height } as unknown as ImageData, f.tMs));
    estimator.reset();
    const before = tf.memory().numTensors;
    for (const [i, f] of frames.entries()) {
      const values = new Int32Array(f.width * f.height * 3);
      rgbaToModelValues(f.rgba, values);
      const fromValues = await estimator.estimateModelValues({ data: values, width: f.width, height: f.height }, f.tMs);
      expect(fromValues.keypoints).not.toBeNull();
      expect(fromValues.keypoints).toEqual(fromPixels[i]!.keypoints); // frame after frame: MoveNet's crop state too
      expect(fromValues.cameraPx).toBeUndefined(); // the model alone: the frame worker measures the camera
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
