// Charted metrics the balance holds share: BESS errors of a timed trial (with the published smallest meaningful change)
// and hip sway, averaged over a session's holds.
import { singleLegMilestoneForAge } from '../norms/balance-milestones.ts';
import { listOf, SAME_DAY, NO_AGE_REFERENCE } from './common-metrics.ts';
import { field, finite, one, type ChartedMetric, type MetricValue, type ReferencePoint } from './types.ts';

export const DEFAULT_BALANCE_CHART_CONFIG = {
  /**
   * Smallest meaningful change of a BESS score, points. Source: CLINICAL.md, 7.3-9.6 points (PMC4955616). Reason:
   * the upper end, so that a change called real is real by either published estimate. It was derived for the whole
   * six-trial BESS; one 20 s trial (at most 10 errors) rarely moves that far, which is the honest answer.
   */
  bessSmallestChangePoints: 9.6,
} as const;

export const BESS_ERRORS: ChartedMetric = {
  id: 'bess-errors', label: 'Errors in a timed trial (BESS-style, at most 10)', unit: 'errors', decimals: 0, higherIsBetter: false,
  series: [{ id: 'trial', label: 'Errors' }],
  extract: (r) => one('trial', finite(field(r, 'errorScore'))),
  change: { kind: 'published', points: DEFAULT_BALANCE_CHART_CONFIG.bessSmallestChangePoints,
    source: 'BESS smallest meaningful change 7.3-9.6 points, PMC4955616; the upper end is used' },
  noReference: 'No age band: the paediatric BESS medians (pubmed 27783573) are for the whole six-trial test, not one 20 s trial.',
};

/** Mean hip sway path (body heights per second) of the holds, per series key of a hold ('' when the series is one). */
export function meanSway(r: unknown, seriesOf: (hold: unknown) => string | undefined): MetricValue[] {
  const sums = new Map<string, { total: number; n: number }>();
  for (const hold of listOf(r, 'holds')) {
    const series = seriesOf(hold);
    const v = finite(field(field(hold, 'sway'), 'pathNormPerS'));
    if (series === undefined || v === undefined) continue;
    const s = sums.get(series) ?? { total: 0, n: 0 };
    sums.set(series, { total: s.total + v, n: s.n + 1 });
  }
  return [...sums].map(([series, s]) => ({ series, value: s.total / s.n }));
}

export function swayMetric(series: ChartedMetric['series'], seriesOf: (hold: unknown) => string | undefined): ChartedMetric {
  return {
    id: 'sway', label: 'Hip sway during holds (path per second)', unit: 'body heights/s', decimals: 3, higherIsBetter: false,
    series, extract: (r) => meanSway(r, seriesOf), change: SAME_DAY, noReference: NO_AGE_REFERENCE, readsItems: true,
  };
}

/** The eyes-open single-leg stance milestone for an age (CLINICAL.md), as a reference line. */
export function singleLegReference(ageMonths: number): ReferencePoint | undefined {
  const m = singleLegMilestoneForAge(ageMonths);
  return m && { value: m.holdS, label: `milestone for the age (${m.eachLeg ? 'each leg' : 'one leg'})`, source: m.source };
}
