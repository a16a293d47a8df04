// Two-foot jumps over time: jumps per set, the TGMD-3 item score and the best jump height of the set.
import { countMetric, itemScoreMetric, trialsOf, protocolOf, SAME_DAY, NO_AGE_REFERENCE, setBest } from '../../progress/common-metrics.ts';
import { one, type ChartedTask } from '../../progress/types.ts';
import { itemScoreOf } from '../jumps/summary.ts';

export const TWO_FOOT_JUMP_CHARTED: ChartedTask = {
  task: 'two-foot-jump',
  metrics: [
    countMetric('jumps', 'most jumps in one set'),
    itemScoreMetric('Item score (TGMD-3 criteria met, % of scored)'),
    {
      id: 'height', label: 'Best jump height (from flight time)', unit: 'cm', decimals: 1, higherIsBetter: true,
      series: [{ id: 'set', label: 'Best jump' }],
      extract: (r) => one('set', setBest(r, 'heightCm')),
      change: SAME_DAY, noReference: NO_AGE_REFERENCE, familyBest: 'highest jump',
    },
  ],
  rescore: (r) => itemScoreOf(trialsOf(r, 'reps'), protocolOf(r, 'TGMD-3 jump criteria, first 2 trials')),
};
