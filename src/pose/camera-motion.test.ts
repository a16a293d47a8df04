// The camera-motion measure on synthetic pictures: a textured background shifted by a known amount, a plain wall, and
// something moving in one half only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, type Keypoint } from '../analysis/index.ts';
import { CameraMotionEstimator, costSurfaces, type Grey } from './camera-motion.ts';

const W = 320; const H = 240;

/** Smooth texture (sum of sines) seen through a window offset by (ox, oy): the picture of a camera moved by -ox, -oy. */
function picture(ox: number, oy: number, plain = false, blockInRightHalf?: number): Uint8Array {
  const rgb = new Uint8Array(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const u = x + ox; const v = y + oy;
      let g = plain ? 200 : 128 + 50 * Math.sin(u / 7) * Math.cos(v / 11) + 40 * Math.sin((u + 2 * v) / 17) + 20 * Math.cos(u / 3.3 + v / 5.1);
      if (blockInRightHalf !== undefined && x > 240 && x < 310 && y > 20 + blockInRightHalf && y < 120 + blockInRightHalf) g = (x * 13 + y * 7) % 255;
      const i = 3 * (y * W + x);
      rgb[i] = g; rgb[i + 1] = g; rgb[i + 2] = g;
    }
  }
  return rgb;
}

/** A person standing mid-picture: keypoints from y 60 to 200 around x 160. */
const person: readonly Keypoint[] = KEYPOINT_NAMES.map((_, k) => [150 + (k % 3) * 10, 60 + k * 8, 0.9] as const);

describe('CameraMotionEstimator', () => {
  it('measures a picture shifted by the camera, in source pixels, with the person masked out', () => {
    const est = new CameraMotionEstimator();
    expect(est.measure(picture(0, 0), W, H, 3, person, 0)).toBeUndefined(); // the first frame has nothing to compare
    // The window moved 6 px right and 4 px up: the background moves 6 px left and 4 px down in the picture.
    const shift = est.measure(picture(6, -4), W, H, 3, person, 33);
    expect(shift).toBeDefined();
    expect(shift![0]).toBeCloseTo(-6, 0);
    expect(shift![1]).toBeCloseTo(4, 0);
  });

  it('gives no measure on a plain wall (nothing to match)', () => {
    const est = new CameraMotionEstimator();
    est.measure(picture(0, 0, true), W, H, 3, person, 0);
    expect(est.measure(picture(6, 0, true), W, H, 3, person, 33)).toBeUndefined();
  });

  it('gives no measure when the two halves of the background disagree (something moving on one side)', () => {
    const est = new CameraMotionEstimator();
    est.measure(picture(0, 0, false, 0), W, H, 3, person, 0);
    // The camera is still; a large textured object on the right moves 30 px down.
    const shift = est.measure(picture(0, 0, false, 30), W, H, 3, person, 33);
    expect(shift === undefined || Math.hypot(shift[0], shift[1]) < 1).toBe(true);
  });

  it('measures across a frame it could not match from the last matched one', () => {
    const est = new CameraMotionEstimator();
    est.measure(picture(0, 0), W, H, 3, person, 0);
    expect(est.measure(picture(0, 0, true), W, H, 3, person, 33)).toBeUndefined(); // a blank frame
    const shift = est.measure(picture(4, 0), W, H, 3, person, 66);
    expect(shift![0]).toBeCloseTo(-4, 0);
  });

  it('marks a cut where a different picture follows (its difference at the best shift grows), once, and not on a still or a shifted one', () => {
    // Another scene: a texture of other frequencies (a second camera, a photo switch).
    const other = new Uint8Array(W * H * 3).map((_, i) => 128 + 60 * Math.sin(Math.floor(i / 3) / 5.3) * Math.cos(Math.floor(i / 3 / W) / 2.9));
    const est = new CameraMotionEstimator();
    // The camera's shift is a whole number of half-size pixels (4 source px each): between them a noise-free synthetic picture leaves a
    // difference the still frames before did not, which the cut test alone may mark (the body's jump must agree).
    const readings = [picture(0, 0), picture(0, 0), picture(8, 4), other, other, picture(8, 4)].map((f, i) => est.read(f, W, H, 3, person, i * 33));
    expect(readings.map((r) => r.cameraCut === true)).toEqual([false, false, false, true, false, true]);
    expect(readings[2]!.cameraPx).toBeDefined(); // a camera shift is measured, not a cut
  });

  it('marks no cut on a plain wall or on a picture whose noise never lines up (a steady difference)', () => {
    const noisy = (seed: number) => picture(0, 0, true).map((g, i) => g - 40 + ((i * 2654435761 + seed * 40503) >>> 24) % 80);
    const est = new CameraMotionEstimator();
    const plain = [0, 1, 2].map((i) => est.read(picture(0, 0, true), W, H, 3, person, i * 33));
    const noise = [3, 4, 5, 6].map((i) => est.read(noisy(i), W, H, 3, person, i * 33));
    expect(plain.some((r) => r.cameraCut)).toBe(false);
    expect(noise.slice(1).some((r) => r.cameraCut)).toBe(false); // the first noisy frame is a change of picture
  });

  it('gives the same shifts, to the last bit, when each frame is prepared ahead of the previous one\'s measure', () => {
    // The frame worker prepares frame n+1's grey images while frame n's pose is estimated, then measures in order.
    const offsets = [[0, 0], [6, -4], [5, -3, true], [2, 1], [2, 1], [-3, 5], [40, 0], [38, 2]] as const;
    const frames = offsets.map(([ox, oy, plain]) => picture(ox, oy, plain === true));
    const whole = new CameraMotionEstimator();
    const expected = frames.map((f, i) => whole.measure(f, W, H, 3, person, i * 33));
    expect(expected.filter((s) => s !== undefined).length).toBeGreaterThanOrEqual(4);
    const ahead = new CameraMotionEstimator();
    const prepared = frames.map((f) => ahead.prepare(f, W, H, 3)); // all before any measure: prepare keeps no state
    expect(prepared.map((p, i) => ahead.measurePrepared(p, person, i * 33))).toEqual(expected);
  });
});

/** The cost surfaces by their plain definition: every pixel pair tested against the mask (the code before runs). */
function plainSurfaces(before: Grey, now: Grey, mask: Uint8Array, split: number, cx: number, cy: number, range: number) {
  const side = 2 * range + 1;
  const cost = [new Float64Array(side * side).fill(Infinity), new Float64Array(side * side).fill(Infinity)];
  const pixels = [0, 0];
  const { w, h } = now;
  const cut = Math.round(split);
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      const dx = cx + i - range; const dy = cy + j - range;
      let sumL = 0; let nL = 0; let sumR = 0; let nR = 0;
      for (let y = Math.max(0, dy); y < Math.min(h, h + dy); y++) {
        for (let x = Math.max(0, dx); x < Math.min(w, w + dx); x++) {
          if (mask[y * w + x] === 0 || mask[(y - dy) * w + x - dx] === 0) continue;
          const d = Math.abs(now.data[y * w + x]! - before.data[(y - dy) * w + x - dx]!);
          if (x < cut) { sumL += d; nL++; } else { sumR += d; nR++; }
        }
      }
      if (nL > 0) cost[0]![j * side + i] = sumL / nL;
      if (nR > 0) cost[1]![j * side + i] = sumR / nR;
      if (i === range && j === range) { pixels[0] = nL; pixels[1] = nR; }
    }
  }
  return { cost, pixels };
}

describe('costSurfaces', () => {
  it('equals the per-pixel definition to the last bit, for any picture, mask, split and search square', () => {
    const W2 = 24; const H2 = 18;
    const grey = (values: number[]): Grey => ({ data: Float32Array.from(values), w: W2, h: H2, scale: 1 });
    const picture = fc.array(fc.float({ min: 0, max: 255, noNaN: true }), { minLength: W2 * H2, maxLength: W2 * H2 });
    fc.assert(fc.property(
      picture, picture, fc.array(fc.boolean(), { minLength: W2 * H2, maxLength: W2 * H2 }),
      fc.float({ min: -2, max: W2 + 2, noNaN: true }), fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 }), fc.integer({ min: 0, max: 4 }),
      (a, b, background, split, cx, cy, range) => {
        const mask = Uint8Array.from(background, (v) => (v ? 1 : 0));
        const fast = costSurfaces(grey(a), grey(b), mask, split, cx, cy, range);
        const plain = plainSurfaces(grey(a), grey(b), mask, split, cx, cy, range);
        expect([...fast.cost[0]]).toEqual([...plain.cost[0]!]);
        expect([...fast.cost[1]]).toEqual([...plain.cost[1]!]);
        expect([...fast.pixels]).toEqual(plain.pixels);
      },
    ), { numRuns: 300 });
  });
});
