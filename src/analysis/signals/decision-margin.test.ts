import { describe, expect, it } from 'vitest';
import { holdBetween, syntheticBalanceTrack } from '../../../tests/helpers/synthetic-balance.ts';
import { analyzeFrames, findTask, type SingleLegStanceResult } from '../index.ts';
import { marginAbove, marginBelow } from './decision-margin.ts';

describe('decision margins', () => {
  it('is the room a decision had, as a fraction of its threshold, positive when it passed', () => {
    expect(marginAbove('rise', 0, 0.045, 0.03).margin).toBeCloseTo(0.5, 6);
    expect(marginBelow('touch-down', 0, 0.049, 0.06).margin).toBeCloseTo(0.183, 3);
    expect(marginBelow('arms down', 0, -0.15, -0.1).margin).toBeCloseTo(0.5, 6);
  });

  it('reports the start, the closest call and the touch-down of a synthetic hold (lift 0.2, foot back to 0)', () => {
    const track = syntheticBalanceTrack({ durationS: 5 }, holdBetween(1, 4, 'left', 0.2));
    const r = analyzeFrames(findTask('single-leg-stance')!, track.source, track.frames) as SingleLegStanceResult;
    const byName: Record<string, number> = Object.fromEntries(r.holds[0]!.margins.map((m): [string, number] => [m.decision.split(':')[0] ?? '', m.margin]));
    expect(byName['hold start']).toBeCloseTo((0.2 - 0.1) / 0.1, 1);
    expect(byName['hold kept']).toBeCloseTo((0.2 - 0.06) / 0.06, 1);
    expect(byName['touch-down']).toBeCloseTo(1, 1);
  });
});
