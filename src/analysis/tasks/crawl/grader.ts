// Session metrics of a crawl: cadence, distance in body lengths and metres, and a GMFM-88 items 44/45 style hint.
// The hint is a reference, not a diagnosis (GMFM-88: 44 crawls or hitches forward 1.8 m; 45 crawls reciprocally 1.8 m).
import type { CrawlConfig } from './constants.ts';
import type { CrawlPattern, LimbStep } from './types.ts';

/** Cycles per minute of one hand's steps, from its first to its last step; null below two steps. */
export function cadencePerMin(handSteps: readonly LimbStep[]): number | null {
  if (handSteps.length < 2) return null;
  const spanMs = handSteps[handSteps.length - 1]!.tMs - handSteps[0]!.tMs;
  return spanMs > 0 ? ((handSteps.length - 1) / spanMs) * 60000 : null;
}

/** Standing-height body lengths and metres from forward travel in trunk lengths. */
export function crawlDistance(travelNorm: number | null, childHeightCm: number | undefined, config: CrawlConfig) {
  if (travelNorm === null) return { bodyLengths: null, metres: null };
  const bodyLengths = Math.max(0, travelNorm) * config.trunkPerHeight;
  return { bodyLengths, metres: childHeightCm === undefined ? null : (bodyLengths * childHeightCm) / 100 };
}

export function gmfmHint(pattern: CrawlPattern, metres: number | null, crawling: boolean, config: CrawlConfig): string {
  const ref = 'reference, not a diagnosis (GMFM-88 items 44/45)';
  if (!crawling) return `No crawling seen: items 44/45 not observed; ${ref}.`;
  const gait = pattern === 'reciprocal' ? 'reciprocally' : `with a ${pattern} pattern`;
  if (metres === null) {
    return `Crawled ${gait}; the distance is not known: film from the side and enter the child's height in the profile to see whether `
      + `${config.gmfmDistanceM} m was crawled; ${ref}.`;
  }
  const reached = metres >= config.gmfmDistanceM;
  return `Crawled ${gait} ${metres.toFixed(2)} m: ${reached ? 'reached' : 'short of'} ${config.gmfmDistanceM} m` +
    `${reached && pattern === 'reciprocal' ? ' (item 45 criterion met)' : ''}; ${ref}.`;
}
