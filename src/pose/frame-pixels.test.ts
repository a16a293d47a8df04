import { describe, expect, it } from 'vitest';
import { meanLuma, turn } from './frame-pixels.ts';

/** The canvas's own geometry: each target pixel centre, rotated back about the centres, lands on its source pixel. */
function turnedByGeometry(from: Uint32Array, w: number, h: number, deg: 90 | 180 | 270): Uint32Array {
  const quarter = deg !== 180;
  const [tw, th] = quarter ? [h, w] : [w, h];
  const to = new Uint32Array(w * h);
  const a = (-deg * Math.PI) / 180;
  for (let y = 0; y < th; y++) {
    for (let x = 0; x < tw; x++) {
      const dx = x + 0.5 - tw / 2;
      const dy = y + 0.5 - th / 2;
      const sx = Math.floor(dx * Math.cos(a) - dy * Math.sin(a) + w / 2);
      const sy = Math.floor(dx * Math.sin(a) + dy * Math.cos(a) + h / 2);
      to[y * tw + x] = from[sy * w + sx]!;
    }
  }
  return to;
}

describe('turn', () => {
  it.each([90, 180, 270] as const)('turns pixels clockwise by %i degrees as the canvas draws them', (deg) => {
    for (const [w, h] of [[4, 3], [5, 2], [1, 6]] as const) {
      const from = Uint32Array.from({ length: w * h }, (_, i) => i + 1);
      const to = new Uint32Array(w * h);
      turn(from, w, h, deg, to);
      expect(Array.from(to)).toEqual(Array.from(turnedByGeometry(from, w, h, deg)));
    }
  });
});

describe('meanLuma', () => {
  const rgba = (pixels: number, r: number, g: number, b: number) => {
    const data = new Uint8ClampedArray(pixels * 4);
    for (let i = 0; i < data.length; i += 4) { data[i] = r; data[i + 1] = g; data[i + 2] = b; data[i + 3] = 255; }
    return { data };
  };
  it('is 0 for black, 1 for white and weights green most (Rec. 601)', () => {
    expect(meanLuma(rgba(640 * 480, 0, 0, 0))).toBe(0);
    expect(meanLuma(rgba(640 * 480, 255, 255, 255))).toBeCloseTo(1, 6);
    expect(meanLuma(rgba(100, 0, 255, 0))).toBeCloseTo(0.587, 3);
  });
  it('averages a half-dark picture to about a half', () => {
    const { data } = rgba(640 * 480, 255, 255, 255);
    data.fill(0, 0, data.length / 2);
    expect(meanLuma({ data })).toBeCloseTo(0.5, 2);
  });
});
