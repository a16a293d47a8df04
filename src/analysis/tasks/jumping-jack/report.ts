// What the jumping jack shows: its headline, the lines and tables of the result screen.
import {
  criteriaTable, flagsCell, itemScoreLines, metricLine, num, present, itemTable, text, yesNo, type ResultReport,
} from '../../report/parts.ts';
import type { Headline, ResultSummary } from '../types.ts';
import type { JumpingJackResult } from './result.ts';

export const jumpingJackHeadline = (s: ResultSummary<JumpingJackResult>): Headline =>
  ({ value: s.count, text: `${s.count} jumping ${s.count === 1 ? 'jack' : 'jacks'}` });

export function jumpingJackReport(r: JumpingJackResult): ResultReport {
  const reps = itemTable('Each jumping jack', ['Jack', 'Arm reach above shoulders (body heights)', 'Hands overhead', 'Leg spread (× hip width)', 'Arms–legs lag (ms)', 'Notes'],
    r.reps, (rep) => [text(String(rep.index)), text(num(rep.armReachNorm, 2)), text(yesNo(rep.handsOverhead)),
      text(num(rep.legSpreadRatio, 1)), text(num(rep.armLegLagMs)), flagsCell(rep.flags)]);
  const s = r.setSummary;
  const rhythm = s.rhythm ? `Rhythm: one jack every ${num(s.rhythm.meanPeriodMs)} ms, variation ${num(100 * s.rhythm.periodCv)}%.` : null;
  return {
    lines: present([
      // Each CTAPE element scores 0-2 over the set.
      ...itemScoreLines(r.itemScore, 2 * r.elements.length),
      ...r.elements.map((e) => `${e.label}: ${e.score ?? 'not scorable'} of 2 (seen in ${e.observedReps} of ${e.scorableReps} scorable jacks).`),
      metricLine('Arm reach', 'body heights', s.armReachNorm, 2), metricLine('Leg spread', '× hip width', s.legSpreadRatio, 1), rhythm,
    ]),
    tables: present([reps, criteriaTable('Criteria (1 met, 0 not met)', 'Jack', r.reps.map((rep) => rep.criteria))]),
  };
}
