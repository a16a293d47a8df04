// What the two-foot jump shows: its headline, the lines and tables of the result screen.
import { manualMaxOf } from '../jumps/summary.ts';
import {
  criteriaTable, flagsCell, itemScoreLines, metricLine, num, plusMinus, present, itemTable, text, yesNo, type ResultReport,
} from '../../report/parts.ts';
import type { Headline, ResultSummary } from '../types.ts';
import type { TwoFootJumpResult } from '../jumps/two-foot-result.ts';

export const twoFootJumpHeadline = (s: ResultSummary<TwoFootJumpResult>): Headline =>
  ({ value: s.count, text: `${s.count} two-foot ${s.count === 1 ? 'jump' : 'jumps'}` });

export function twoFootJumpReport(r: TwoFootJumpResult): ResultReport {
  const reps = itemTable('Each jump', ['Jump', 'Flight (ms)', 'Height (cm)', 'Knee bend at landing (°)', 'Stable landing', 'Notes'],
    r.reps, (rep) => [text(String(rep.index)), text(plusMinus(rep.flightMs)), text(plusMinus(rep.heightCm, 1)),
      text(num(rep.kneeFlexionAtLandingDeg)), text(yesNo(rep.landingStable)), flagsCell(rep.flags)]);
  const s = r.setSummary;
  return {
    lines: present([...itemScoreLines(r.itemScore, manualMaxOf(r.reps, r.itemScore.trials)), metricLine('Jump height', 'cm', s.heightCm, 1), metricLine('Flight', 'ms', s.flightMs),
      metricLine('Knee bend at landing', '°', s.kneeFlexionAtLandingDeg)]),
    tables: present([reps, criteriaTable('Criteria (1 met, 0 not met)', 'Jump', r.reps.map((rep) => rep.criteria))]),
  };
}
