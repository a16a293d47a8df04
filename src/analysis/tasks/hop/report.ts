// What the hop shows: its headline, the lines and tables of the result screen.
import { manualMaxOf } from '../jumps/summary.ts';
import {
  criteriaTable, flagsCell, itemScoreLines, metricLine, num, plusMinus, present, itemTable, text, type ResultReport,
} from '../../report/parts.ts';
import type { Headline, ResultSummary } from '../types.ts';
import type { HopResult } from './result.ts';

export const hopHeadline = (s: ResultSummary<HopResult>): Headline => ({ value: s.count, text: `${s.count} ${s.count === 1 ? 'hop' : 'hops'}` });

export function hopReport(r: HopResult): ResultReport {
  const reps = itemTable('Each hop (sides are the child\'s own)', ['Hop', 'Foot', 'Flight (ms)', 'Height (cm)', 'Free foot lift (body heights)', 'Notes'],
    r.reps, (rep) => [text(String(rep.index)), text(rep.support), text(plusMinus(rep.flightMs)), text(plusMinus(rep.heightCm, 1)),
      text(num(rep.freeFootLiftNorm, 2)), flagsCell(rep.flags)]);
  const s = r.setSummary;
  return {
    lines: present([...itemScoreLines(r.itemScore, manualMaxOf(r.runs, r.itemScore.trials)), `Hops on the left foot: ${s.hopsBySide.left}; on the right foot: ${s.hopsBySide.right}.`,
      `Longest run of hops in a row: ${s.longestRun}.`, `Camera view: ${r.view}.`, metricLine('Hop height', 'cm', s.heightCm, 1)]),
    tables: present([reps, criteriaTable('Criteria per run of hops (1 met, 0 not met)', 'Run', r.runs.map((run) => run.criteria),
      (t) => ({ target: 'session', index: 0, prefix: `runs.${t}.` }))]),
  };
}
