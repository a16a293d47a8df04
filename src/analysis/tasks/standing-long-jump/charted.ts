// Standing long jumps over time: the best distance of the set (cm where the child's height is known, body heights
// otherwise, as two charts since the units differ), jumps per set and the TGMD-3 item score.
import { countMetric, itemScoreMetric, trialsOf, protocolOf, SAME_DAY, NO_AGE_REFERENCE, setBest } from '../../progress/common-metrics.ts';
import { one, type ChartedTask } from '../../progress/types.ts';
import { itemScoreOf } from '../jumps/summary.ts';

export const STANDING_LONG_JUMP_CHARTED: ChartedTask = {
  task: 'standing-long-jump',
  metrics: [
    {
      id: 'distance-cm', label: 'Best distance', unit: 'cm', decimals: 0, higherIsBetter: true,
      series: [{ id: 'set', label: 'Best jump' }],
      extract: (r) => one('set', setBest(r, 'distanceCm')),
      change: SAME_DAY, noReference: NO_AGE_REFERENCE, familyBest: 'longest jump',
    },
    {
      id: 'distance-body', label: 'Best distance (child\'s height unknown)', unit: 'body heights', decimals: 2, higherIsBetter: true,
      series: [{ id: 'set', label: 'Best jump' }],
      extract: (r) => (setBest(r, 'distanceCm') === undefined ? one('set', setBest(r, 'distanceNorm')) : []),
      change: SAME_DAY, noReference: NO_AGE_REFERENCE,
    },
    countMetric('jumps', 'most long jumps in one set'),
    itemScoreMetric('Item score (TGMD-3 criteria met, % of scored)'),
  ],
  rescore: (r) => itemScoreOf(trialsOf(r, 'reps'), protocolOf(r, 'TGMD-3 horizontal jump criteria, first 2 trials')),
};
