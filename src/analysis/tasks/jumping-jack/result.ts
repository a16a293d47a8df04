// The jumping-jack set result: count, per-rep metrics, rhythm, CTAPE #22 style element marks (0 not observed,
// 1 observed at least once, 2 observed every time) and set flags.
import { rhythmOf, type Rhythm } from '../../signals/rhythm.ts';
import { metricSummary } from '../jumps/summary.ts';
import type { ItemScore, JumpSetResult, MetricSummary } from '../jumps/types.ts';
import type { JumpingJackRep } from './grader.ts';

export interface ElementMark {
  readonly id: string;
  readonly label: string;
  /** 0 not observed, 1 observed at least once, 2 observed every time; null when never scorable. */
  readonly score: 0 | 1 | 2 | null;
  readonly observedReps: number;
  readonly scorableReps: number;
}

export interface JumpingJackResult extends JumpSetResult<JumpingJackRep> {
  readonly task: 'jumping-jack';
  readonly elements: readonly ElementMark[];
  /** Best, mean and consistency of each metric over the set (not "summary": the CLI prints the track summary there). */
  readonly setSummary: {
    readonly armReachNorm: MetricSummary | undefined;
    readonly legSpreadRatio: MetricSummary | undefined;
    readonly armLegLagMs: MetricSummary | undefined;
    readonly rhythm: Rhythm | undefined;
    /** Arm raises with the legs in view but together: not counted. */
    readonly armRaisesWithoutLegs: number;
  };
}

export function summariseJumpingJacks(reps: readonly JumpingJackRep[], armsOnly: number, armsMissingMs: number, legsMissingMs: number): JumpingJackResult {
  const elements = elementMarks(reps);
  const scorable = elements.filter((e) => e.score !== null);
  const itemScore: ItemScore = {
    protocol: 'CTAPE #22 style: each element 0/1/2 over the set',
    score: scorable.reduce((a, e) => a + (e.score ?? 0), 0),
    max: 2 * scorable.length,
    trials: reps.length,
    notScorable: elements.filter((e) => e.score === null).map((e) => `${e.id}: not visible in any rep`),
  };
  const flags: string[] = [];
  const noLegs = reps.filter((r) => r.legsNotVisible).length;
  if (noLegs > 0) flags.push(`legs not visible: ${noLegs} of ${reps.length} jacks counted from the arms alone`);
  if (legsMissingMs >= 500) flags.push(`legs not visible ${(legsMissingMs / 1000).toFixed(1)} s`);
  if (armsMissingMs >= 500) flags.push(`arms not visible ${(armsMissingMs / 1000).toFixed(1)} s`);
  if (armsOnly > 0) flags.push(`${armsOnly} arm raises not counted: the legs stayed together`);
  return {
    task: 'jumping-jack', count: reps.length, reps, flags, elements, itemScore,
    setSummary: {
      armReachNorm: metricSummary(reps.map((r) => r.armReachNorm)),
      legSpreadRatio: metricSummary(reps.map((r) => r.legSpreadRatio)),
      armLegLagMs: metricSummary(reps.map((r) => (r.armLegLagMs === undefined ? undefined : Math.abs(r.armLegLagMs))), true),
      rhythm: rhythmOf(reps.map((r) => r.openTMs)),
      armRaisesWithoutLegs: armsOnly,
    },
  };
}

function elementMarks(reps: readonly JumpingJackRep[]): ElementMark[] {
  const first = reps[0];
  if (first === undefined) return [];
  return first.criteria.map((c, i) => {
    let observed = 0; let scorable = 0;
    for (const rep of reps) {
      const s = rep.criteria[i]?.score;
      if (s === null || s === undefined) continue;
      scorable++;
      observed += s;
    }
    const score = scorable === 0 ? null : observed === scorable ? 2 : observed > 0 ? 1 : 0;
    return { id: c.id, label: c.label, score, observedReps: observed, scorableReps: scorable };
  });
}
