import { describe, expect, it } from 'vitest';
import { itemScoreLines } from './parts.ts';

const score = { protocol: 'TGMD-3 jump criteria, first 2 trials', score: 3, max: 6, trials: 2, notScorable: ['arms-swing: wrists not seen'] };

describe('item score line', () => {
  it('says next to the number when criteria not judged from this view shrink the maximum', () => {
    expect(itemScoreLines(score, 8)[0]).toBe('Item score: 3 of 6 judged (8 in the manual) (TGMD-3 jump criteria, first 2 trials; 2 trials).');
  });

  it('reads as the manual\'s maximum when every criterion was judged', () => {
    expect(itemScoreLines({ ...score, max: 8, notScorable: [] }, 8)).toEqual(['Item score: 3 of 8 (TGMD-3 jump criteria, first 2 trials; 2 trials).']);
  });

  it('lists what was left out, with the reason', () => {
    expect(itemScoreLines(score, 8)[1]).toBe('Left out of the score: arms-swing: wrists not seen.');
  });
});
