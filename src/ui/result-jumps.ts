// Result screen models of the jumps family: two-foot jumps, jumping jacks, hops and the standing long jump.
import type { HopResult, JumpingJackResult, StandingLongJumpResult, TwoFootJumpResult } from '../analysis/index.ts';
import {
  criteriaTable, itemScoreLines, metricLine, num, plusMinus, text, yesNo, type ResultModel, type Table,
} from './result-parts.ts';

const flagsCell = (flags: readonly string[]) => text(flags.length === 0 ? '–' : flags.join('; '));
const present = <T>(list: readonly (T | null)[]): T[] => list.filter((x): x is T => x !== null);

export function twoFootJumpModel(r: TwoFootJumpResult): ResultModel {
  const reps: Table = {
    caption: 'Each jump',
    head: ['Jump', 'Flight (ms)', 'Height (cm)', 'Knee bend at landing (°)', 'Stable landing', 'Notes'],
    rows: r.reps.map((rep) => [text(String(rep.index)), text(plusMinus(rep.flightMs)), text(plusMinus(rep.heightCm, 1)),
      text(num(rep.kneeFlexionAtLandingDeg)), text(yesNo(rep.landingStable)), flagsCell(rep.flags)]),
    notes: [],
  };
  const s = r.setSummary;
  return {
    headline: `${r.count} two-foot ${r.count === 1 ? 'jump' : 'jumps'}`,
    lines: present([...itemScoreLines(r.itemScore), metricLine('Jump height', 'cm', s.heightCm, 1), metricLine('Flight', 'ms', s.flightMs),
      metricLine('Knee bend at landing', '°', s.kneeFlexionAtLandingDeg)]),
    tables: present([reps, criteriaTable('Criteria (1 met, 0 not met)', 'Jump', r.reps.map((rep) => rep.criteria))]),
    flags: r.flags,
  };
}

export function longJumpModel(r: StandingLongJumpResult): ResultModel {
  const reps: Table = {
    caption: 'Each jump',
    head: ['Jump', 'Distance (cm)', 'Distance (body heights)', 'Flight (ms)', 'Stable landing', 'Notes'],
    rows: r.reps.map((rep) => [text(String(rep.index)), text(num(rep.distanceCm)), text(num(rep.distanceNorm, 2)),
      text(plusMinus(rep.flightMs)), text(yesNo(rep.landingStable)), flagsCell(rep.flags)]),
    notes: r.reps.some((rep) => rep.distanceCm === undefined) ? ['Distances in cm need the child\'s height: add it to the profile.'] : [],
  };
  const s = r.setSummary;
  return {
    headline: `${r.count} long ${r.count === 1 ? 'jump' : 'jumps'}`,
    lines: present([...itemScoreLines(r.itemScore), metricLine('Distance', 'cm', s.distanceCm), metricLine('Distance', 'body heights', s.distanceNorm, 2)]),
    tables: present([reps, criteriaTable('Criteria (1 met, 0 not met)', 'Jump', r.reps.map((rep) => rep.criteria))]),
    flags: r.flags,
  };
}

export function jumpingJackModel(r: JumpingJackResult): ResultModel {
  const reps: Table = {
    caption: 'Each jumping jack',
    head: ['Jack', 'Arm reach above shoulders (body heights)', 'Hands overhead', 'Leg spread (× hip width)', 'Arms–legs lag (ms)', 'Notes'],
    rows: r.reps.map((rep) => [text(String(rep.index)), text(num(rep.armReachNorm, 2)), text(yesNo(rep.handsOverhead)),
      text(num(rep.legSpreadRatio, 1)), text(num(rep.armLegLagMs)), flagsCell(rep.flags)]),
    notes: [],
  };
  const s = r.setSummary;
  const rhythm = s.rhythm ? `Rhythm: one jack every ${num(s.rhythm.meanPeriodMs)} ms, variation ${num(100 * s.rhythm.periodCv)}%.` : null;
  return {
    headline: `${r.count} jumping ${r.count === 1 ? 'jack' : 'jacks'}`,
    lines: present([
      ...itemScoreLines(r.itemScore),
      ...r.elements.map((e) => `${e.label}: ${e.score ?? 'not scorable'} of 2 (seen in ${e.observedReps} of ${e.scorableReps} scorable jacks).`),
      metricLine('Arm reach', 'body heights', s.armReachNorm, 2), metricLine('Leg spread', '× hip width', s.legSpreadRatio, 1), rhythm,
    ]),
    tables: present([reps, criteriaTable('Criteria (1 met, 0 not met)', 'Jack', r.reps.map((rep) => rep.criteria))]),
    flags: r.flags,
  };
}

export function hopModel(r: HopResult): ResultModel {
  const reps: Table = {
    caption: 'Each hop (sides are the child\'s own)',
    head: ['Hop', 'Foot', 'Flight (ms)', 'Height (cm)', 'Free foot lift (body heights)', 'Notes'],
    rows: r.reps.map((rep) => [text(String(rep.index)), text(rep.support), text(plusMinus(rep.flightMs)), text(plusMinus(rep.heightCm, 1)),
      text(num(rep.freeFootLiftNorm, 2)), flagsCell(rep.flags)]),
    notes: [],
  };
  const s = r.setSummary;
  return {
    headline: `${r.count} ${r.count === 1 ? 'hop' : 'hops'}`,
    lines: present([...itemScoreLines(r.itemScore), `Hops on the left foot: ${s.hopsBySide.left}; on the right foot: ${s.hopsBySide.right}.`,
      `Longest run of hops in a row: ${s.longestRun}.`, `Camera view: ${r.view}.`, metricLine('Hop height', 'cm', s.heightCm, 1)]),
    tables: present([reps, criteriaTable('Criteria per run of hops (1 met, 0 not met)', 'Run', r.runs.map((run) => run.criteria),
      (t) => ({ target: 'session', index: 0, prefix: `runs.${t}.` }))]),
    flags: r.flags,
  };
}
