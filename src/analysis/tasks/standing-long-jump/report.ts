// What the standing long jump shows: its headline, the lines and tables of the result screen.
import { manualMaxOf } from '../jumps/summary.ts';
import {
  criteriaTable, flagsCell, itemScoreLines, metricLine, num, plusMinus, present, itemTable, text, yesNo, type ResultReport,
} from '../../report/parts.ts';
import type { Headline, ResultSummary } from '../types.ts';
import type { StandingLongJumpResult } from './result.ts';

export const longJumpHeadline = (s: ResultSummary<StandingLongJumpResult>): Headline =>
  ({ value: s.count, text: `${s.count} long ${s.count === 1 ? 'jump' : 'jumps'}` });

export function longJumpReport(r: StandingLongJumpResult): ResultReport {
  const reps = itemTable('Each jump', ['Jump', 'Distance (cm)', 'Distance (body heights)', 'Flight (ms)', 'Stable landing', 'Notes'],
    r.reps, (rep) => [text(String(rep.index)), text(num(rep.distanceCm)), text(num(rep.distanceNorm, 2)),
      text(plusMinus(rep.flightMs)), text(yesNo(rep.landingStable)), flagsCell(rep.flags)], r.reps.some((rep) => rep.distanceCm === undefined) ? ['Distances in cm need the child\'s height: add it to the profile.'] : []);
  const s = r.setSummary;
  return {
    lines: present([...itemScoreLines(r.itemScore, manualMaxOf(r.reps, r.itemScore.trials)), metricLine('Distance', 'cm', s.distanceCm), metricLine('Distance', 'body heights', s.distanceNorm, 2)]),
    tables: present([reps, criteriaTable('Criteria (1 met, 0 not met)', 'Jump', r.reps.map((rep) => rep.criteria))]),
  };
}
