// What the tandem stance shows: its headline, the lines and tables of the result screen, and how eval judges it.
import { judgeBalance } from '../../report/judges.ts';
import { itemTable, text, type ResultReport } from '../../report/parts.ts';
import { errorScoreLine, errorsText, heldText, longestHoldText } from '../balance/report-parts.ts';
import type { EvalLabel, Headline, ResultSummary, Verdict } from '../types.ts';
import type { TandemStanceResult } from './types.ts';

export const tandemHeadline = (s: ResultSummary<TandemStanceResult>): Headline =>
  ({ value: s.longestHoldS, text: longestHoldText(s.longestHoldS ?? 0) });

export function tandemReport(r: TandemStanceResult): ResultReport {
  const holds = itemTable('Each hold (sides are the child\'s own)', ['Hold', 'Front foot', 'View', 'Held (s)', 'Ended by', 'Errors'],
    r.holds, (h, i) => [text(String(i + 1)), text(h.frontFoot ?? 'not seen (front view)'), text(h.view), text(heldText(h)),
      text(h.endReason), text(errorsText(h.errors))], r.notJudged.map((why) => `Not judged in this view: ${why}.`));
  return {
    lines: [`Camera view: ${r.view}.`, errorScoreLine(r.errorScore), `Protocol: ${r.protocol}.`],
    tables: r.holds.length > 0 ? [holds] : [],
  };
}

/** Tandem's labels read like the single-leg ones: a still's stance, or the holds (no standing leg: both feet down). */
export const judgeTandem = (label: EvalLabel, r: TandemStanceResult): Verdict => judgeBalance(label, r.stance, undefined, r.holds);
