import { describe, expect, it } from 'vitest';
import { FpsMeter } from './live.ts';

describe('FpsMeter', () => {
  it('counts the frames of the last second', () => {
    const meter = new FpsMeter();
    let fps = 0;
    for (let t = 0; t <= 2000; t += 50) fps = meter.add(t);
    expect(fps).toBe(21); // frames at 1000, 1050, ..., 2000 ms
  });
  it('drops to the new rate when frames slow down', () => {
    const meter = new FpsMeter();
    for (let t = 0; t < 1000; t += 10) meter.add(t);
    let fps = 0;
    for (let t = 1000; t <= 3000; t += 250) fps = meter.add(t);
    expect(fps).toBe(5);
  });
});
