// What the single-leg stance shows: its headline, the lines and tables of the result screen, and how eval judges it.
import { judgeBalance } from '../../report/judges.ts';
import { num, itemTable, text, type ResultReport } from '../../report/parts.ts';
import { errorScoreLine, errorsText, heldText, longestHoldText } from '../balance/report-parts.ts';
import type { EvalLabel, Headline, ResultSummary, Verdict } from '../types.ts';
import type { SingleLegStanceResult } from './types.ts';

export function singleLegHeadline(s: ResultSummary<SingleLegStanceResult>): Headline {
  const held = [s.longestHoldS.left, s.longestHoldS.right].filter((v): v is number => v !== null);
  const longest = held.length === 0 ? null : Math.max(...held);
  return { value: longest, text: longestHoldText(longest ?? 0) };
}

export function singleLegReport(r: SingleLegStanceResult): ResultReport {
  const holds = itemTable('Each hold (sides are the child\'s own)', ['Hold', 'Standing leg', 'Held (s)', 'Ended by', 'Most trunk lean (°)', 'Arms out', 'Errors'],
    r.holds, (h, i) => [text(String(i + 1)), text(h.standingLeg), text(heldText(h)), text(h.endReason),
      text(num(h.maxTrunkLeanDeg)), text(String(h.armExcursions)), text(errorsText(h.errors))]);
  return {
    lines: [
      `Longest hold on the left leg: ${r.longestHoldS.left === null ? 'none' : `${num(r.longestHoldS.left, 1)} s`}; `
        + `on the right leg: ${r.longestHoldS.right === null ? 'none' : `${num(r.longestHoldS.right, 1)} s`}.`,
      errorScoreLine(r.errorScore), `Protocol: ${r.protocol}.`,
    ],
    tables: r.holds.length > 0 ? [holds] : [],
  };
}

export const judgeSingleLeg = (label: EvalLabel, r: SingleLegStanceResult): Verdict =>
  judgeBalance(label, r.stance, r.standingLeg ?? undefined, r.holds);
