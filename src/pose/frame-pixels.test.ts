import { describe, expect, it } from 'vitest';
import { turn } from './frame-pixels.ts';

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
