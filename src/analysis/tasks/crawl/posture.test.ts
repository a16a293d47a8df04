import { describe, expect, it } from 'vitest';
import { syntheticCrawl } from '../../../../tests/helpers/synthetic-crawl.ts';
import type { Keypoint } from '../../types.ts';
import { crawlPosture } from './posture.ts';

const firstPose = (pattern: 'reciprocal' | 'bear' | 'commando'): readonly Keypoint[] =>
  syntheticCrawl({ pattern, cycles: 2, noisePx: 0, dropRate: 0 }).frames[0]!.keypoints!;

describe('crawl posture (side view)', () => {
  it('recognises hands and knees', () => expect(crawlPosture(firstPose('reciprocal'), 'side', 120, 0.2)).toBe('hands-knees'));
  it('recognises hands and feet', () => expect(crawlPosture(firstPose('bear'), 'side', 120, 0.2)).toBe('hands-feet'));
  it('recognises the belly', () => expect(crawlPosture(firstPose('commando'), 'side', 120, 0.2)).toBe('belly'));

  it('says unknown, without throwing, when the legs are not visible', () => {
    const pose = firstPose('reciprocal').map(([x, y], i) => [x, y, i >= 13 ? 0.05 : 0.8] as const);
    expect(crawlPosture(pose, 'side', 120, 0.2)).toBe('unknown');
  });

  it('recognises sitting upright', () => {
    const pose = firstPose('reciprocal').map(([x, y, s], i) => {
      if (i === 5 || i === 6) return [300, 300, s] as const; // shoulders straight above the hips
      if (i === 11 || i === 12) return [300, 420, s] as const;
      return [x, y, s] as const;
    });
    expect(crawlPosture(pose, 'side', 120, 0.2)).toBe('upright');
  });
});
