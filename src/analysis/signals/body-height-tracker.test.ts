import { describe, expect, it } from 'vitest';
import { bodyHeightPx } from '../geometry/body-scale.ts';
import type { Keypoint } from '../types.ts';
import { bodyHeightNoAlloc } from './body-height-tracker.ts';

const pose = (score: (i: number) => number): Keypoint[] =>
  Array.from({ length: 17 }, (_, i) => [100 + ((i * 37) % 50), 50 + i * 20, score(i)] as Keypoint);

describe('bodyHeightNoAlloc', () => {
  it('gives the same estimate as geometry bodyHeightPx with every keypoint visible', () => {
    const k = pose(() => 0.9);
    expect(bodyHeightNoAlloc(k, 0.3)).toBeCloseTo(bodyHeightPx(k, 0.3)!, 9);
  });

  it('gives the same estimate with one shoulder, one knee and one ankle missing', () => {
    const k = pose((i) => ([5, 13, 16].includes(i) ? 0.1 : 0.9));
    expect(bodyHeightNoAlloc(k, 0.3)).toBeCloseTo(bodyHeightPx(k, 0.3)!, 9);
  });

  it('is undefined when neither trunk nor a leg is visible', () => {
    expect(bodyHeightNoAlloc(pose((i) => (i >= 5 ? 0.1 : 0.9)), 0.3)).toBeUndefined();
  });
});
