// Tandem stance over time: the longest heel-to-toe hold, the errors of a timed trial and hip sway.
import { BESS_ERRORS, swayMetric } from '../../progress/balance-metrics.ts';
import { NO_AGE_REFERENCE, SAME_DAY } from '../../progress/common-metrics.ts';
import { field, finite, one, type ChartedTask } from '../../progress/types.ts';

export const TANDEM_STANCE_CHARTED: ChartedTask = {
  task: 'tandem-stance',
  metrics: [
    {
      id: 'longest-hold', label: 'Longest heel-to-toe hold', unit: 's', decimals: 1, higherIsBetter: true,
      series: [{ id: 'hold', label: 'Longest hold' }],
      extract: (r) => one('hold', finite(field(r, 'longestHoldS'))),
      change: SAME_DAY, noReference: NO_AGE_REFERENCE, familyBest: 'longest heel-to-toe balance',
    },
    BESS_ERRORS,
    swayMetric([{ id: 'hold', label: 'Sway' }], () => 'hold'),
  ],
};
