// Hops over time: hops per set, the longest run on one foot and the TGMD-3 item score over the first two runs.
import { countMetric, itemScoreMetric, trialsOf, protocolOf, SAME_DAY, NO_AGE_REFERENCE } from '../../progress/common-metrics.ts';
import { field, finite, one, type ChartedTask } from '../../progress/types.ts';
import { itemScoreOf } from '../jumps/summary.ts';

export const HOP_CHARTED: ChartedTask = {
  task: 'hop',
  metrics: [
    countMetric('hops', 'most hops in one set'),
    {
      id: 'longest-run', label: 'Longest run of hops on one foot', unit: 'hops', decimals: 0, higherIsBetter: true,
      series: [{ id: 'set', label: 'Longest run' }],
      extract: (r) => one('set', finite(field(field(r, 'setSummary'), 'longestRun'))),
      change: SAME_DAY, noReference: NO_AGE_REFERENCE, familyBest: 'most hops in a row',
    },
    itemScoreMetric('Item score (TGMD-3 criteria met, % of scored)'),
  ],
  rescore: (r) => itemScoreOf(trialsOf(r, 'runs'), protocolOf(r, 'TGMD-3 hop criteria, first 2 runs')),
};
