// What the crawl shows: its headline, the lines and tables of the result screen, and how eval judges it.
import { judgePattern } from '../../report/judges.ts';
import { num, itemTable, text, type ResultReport } from '../../report/parts.ts';
import type { EvalLabel, Headline, ResultSummary, Verdict } from '../types.ts';
import type { CrawlResult } from './types.ts';

export const crawlHeadline = (s: ResultSummary<CrawlResult>): Headline =>
  ({ value: s.cycles, text: `${s.cycles} crawl ${s.cycles === 1 ? 'cycle' : 'cycles'}` });

export function crawlReport(r: CrawlResult): ResultReport {
  const cycles = itemTable('Each crawl cycle', ['Cycle', 'Leading hand', 'Start (s)', 'End (s)', 'Duration (s)'],
    r.cycleList, (c, i) => [text(String(i + 1)), text(c.hand), text(num(c.startMs / 1000, 1)), text(num(c.endMs / 1000, 1)),
      text(num((c.endMs - c.startMs) / 1000, 2))]);
  return {
    lines: [
      `Pattern: ${r.pattern} (confidence ${num(100 * r.confidence)}%). Posture: ${r.posture}. Camera view: ${r.view}.`,
      `Cadence: ${r.cadencePerMin === null ? 'not measured' : `${num(r.cadencePerMin)} cycles per minute`}; `
        + `left/right symmetry: ${r.symmetry === null ? 'not measured' : num(r.symmetry, 2)} (1 = even).`,
      `Distance: ${r.distanceM === null ? 'not measured in a front view' : `${num(r.distanceM, 2)} m`}; duration ${num(r.durationS, 1)} s.`,
      ...r.evidence,
      // The hint says itself that it is a reference, not a diagnosis: once is enough.
      r.gmfmHint,
    ],
    tables: r.cycleList.length > 0 ? [cycles] : [],
  };
}

export const judgeCrawl = (label: EvalLabel, r: CrawlResult): Verdict => judgePattern(label, r.pattern, r.cycles);
