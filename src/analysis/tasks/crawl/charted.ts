// Crawling over time: cycles per minute, and the pattern as labelled points (uncertain ones hollow).
import { summaryFieldMetric } from '../../progress/common-metrics.ts';
import { field, finite, type ChartedTask } from '../../progress/types.ts';
import type { CrawlPattern } from './types.ts';

export const DEFAULT_CRAWL_CHART_CONFIG = {
  /**
   * Highest confidence still drawn hollow (uncertain). Source: the crawl detector caps a front-view "reciprocal" at
   * 0.55 (README "Crawling"). Reason: a pattern inferred from the hands alone is shown as the guess it is.
   */
  uncertainMaxConfidence: 0.55,
} as const;

/** Chart order of the patterns, bottom to top. */
export const CRAWL_PATTERNS: readonly CrawlPattern[] = ['none', 'uncertain', 'commando', 'bunny-hop', 'homolateral', 'asymmetric', 'bear', 'reciprocal'];

export const CRAWL_CHARTED: ChartedTask = {
  task: 'crawl',
  metrics: [
    summaryFieldMetric({ id: 'cadence', label: 'Crawl cycles per minute', unit: 'cycles/min', decimals: 1, field: 'cadencePerMin',
      series: { id: 'set', label: 'Cadence' }, familyBest: 'quickest crawl' }),
    {
      id: 'pattern', label: 'Crawl pattern', unit: '', decimals: 0, higherIsBetter: null,
      series: [{ id: 'set', label: 'Pattern' }], categories: CRAWL_PATTERNS,
      extract: (r) => {
        const pattern = field(r, 'pattern');
        const index = CRAWL_PATTERNS.indexOf(pattern as CrawlPattern);
        if (index < 0) return [];
        const confidence = finite(field(r, 'confidence')) ?? 0;
        const uncertain = pattern === 'uncertain' || confidence <= DEFAULT_CRAWL_CHART_CONFIG.uncertainMaxConfidence;
        return [{ series: 'set', value: index, text: `${String(pattern)} (confidence ${confidence.toFixed(2)})`, uncertain }];
      },
      change: { kind: 'none', reason: 'a pattern is a category, not a number' },
      noReference: 'No age band: the references give the share of typical crawlers per pattern, not a norm by age.',
    },
  ],
};
