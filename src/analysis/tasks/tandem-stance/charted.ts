// Tandem stance over time: the longest heel-to-toe hold, the errors of a timed trial and hip sway.
import { BESS_ERRORS, swayMetric } from '../../progress/balance-metrics.ts';
import { summaryFieldMetric } from '../../progress/common-metrics.ts';
import type { ChartedTask } from '../../progress/types.ts';

export const TANDEM_STANCE_CHARTED: ChartedTask = {
  task: 'tandem-stance',
  metrics: [
    summaryFieldMetric({ id: 'longest-hold', label: 'Longest heel-to-toe hold', unit: 's', decimals: 1, field: 'longestHoldS',
      series: { id: 'hold', label: 'Longest hold' }, familyBest: 'longest heel-to-toe balance' }),
    BESS_ERRORS,
    swayMetric([{ id: 'hold', label: 'Sway' }], () => 'hold'),
  ],
};
