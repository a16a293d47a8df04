// Single-leg stance over time: the longest hold on each standing leg (the child's own sides) with the PDMS-2
// milestone for the child's age, the errors of a timed trial, and hip sway per standing leg.
import { BESS_ERRORS, singleLegReference, swayMetric } from '../../progress/balance-metrics.ts';
import { SAME_DAY } from '../../progress/common-metrics.ts';
import { field, finite, type ChartedTask, type MetricValue } from '../../progress/types.ts';

const LEGS = [{ id: 'left', label: 'Standing on the left leg' }, { id: 'right', label: 'Standing on the right leg' }] as const;

function longestPerLeg(r: unknown): MetricValue[] {
  const longest = field(r, 'longestHoldS');
  return LEGS.flatMap((leg) => {
    const v = finite(field(longest, leg.id));
    return v === undefined ? [] : [{ series: leg.id, value: v }];
  });
}

export const SINGLE_LEG_STANCE_CHARTED: ChartedTask = {
  task: 'single-leg-stance',
  metrics: [
    {
      id: 'longest-hold', label: 'Longest hold on one leg', unit: 's', decimals: 1, higherIsBetter: true, series: LEGS,
      extract: longestPerLeg, change: SAME_DAY, reference: singleLegReference, familyBest: 'longest balance on one leg',
    },
    BESS_ERRORS,
    swayMetric(LEGS, (hold) => {
      const leg = field(hold, 'standingLeg');
      return leg === 'left' || leg === 'right' ? leg : undefined;
    }),
  ],
};
