// Hop runs (consecutive hops on one foot = a TGMD-3 trial), their criteria, and the set result: count, support side,
// longest run, item score over the first two runs.
import type { Side } from '../../types.ts';
import { itemScoreOf, metricSummary } from '../jumps/summary.ts';
import type { CriterionMark, JumpSetResult, Measured, MetricSummary } from '../jumps/types.ts';
import type { HopConfig } from './constants.ts';
import type { HopWindow } from './hop-window.ts';

export interface HopRep {
  readonly index: number;
  /** The foot hopped on (the child's own side). */
  readonly support: Side;
  readonly takeoffTMs: number;
  readonly landingTMs: number;
  readonly flightMs: Measured;
  readonly heightCm: Measured;
  /** Lowest height of the free ankle above the support ankle around the hop, body heights. */
  readonly freeFootLiftNorm: number;
  readonly flags: readonly string[];
}

export interface HopRun {
  readonly support: Side;
  readonly hops: number;
  readonly criteria: readonly CriterionMark[];
}

interface RunStats { support: Side; hops: number; lastLandingTMs: number; aheadMin: number; aheadMax: number; wristSwing: number }

export class HopRuns {
  readonly reps: HopRep[] = [];
  private readonly open: RunStats[] = [];

  constructor(private readonly config: HopConfig) {}

  get count(): number {
    return this.reps.length;
  }

  status(): string {
    const run = this.open[this.open.length - 1];
    return run ? `${run.hops} hops in a row on the ${run.support} foot` : 'waiting for a hop';
  }

  /** Landing of the last hop, ms; undefined before the first. */
  get lastLandingTMs(): number | undefined {
    return this.open[this.open.length - 1]?.lastLandingTMs;
  }

  /** heldSinceLast: the free foot stayed up since the previous hop (else this hop starts a new run). */
  add(rep: HopRep, w: HopWindow, heldSinceLast: boolean): void {
    this.reps.push(rep);
    const last = this.open[this.open.length - 1];
    const continues = heldSinceLast && last !== undefined && last.support === rep.support
      && rep.takeoffTMs - last.lastLandingTMs <= this.config.maxRunGapMs;
    const run = continues ? last : { support: rep.support, hops: 0, lastLandingTMs: 0, aheadMin: Number.NaN, aheadMax: Number.NaN, wristSwing: Number.NaN };
    if (!continues) this.open.push(run);
    run.hops++;
    run.lastLandingTMs = rep.landingTMs;
    if (w.freeAheadMinNorm !== undefined && !(w.freeAheadMinNorm >= run.aheadMin)) run.aheadMin = w.freeAheadMinNorm;
    if (w.freeAheadMaxNorm !== undefined && !(w.freeAheadMaxNorm <= run.aheadMax)) run.aheadMax = w.freeAheadMaxNorm;
    if (w.wristSwingNorm !== undefined && !(w.wristSwingNorm <= run.wristSwing)) run.wristSwing = w.wristSwingNorm;
  }

  runs(view: 'front' | 'side'): HopRun[] {
    return this.open.map((r) => ({ support: r.support, hops: r.hops, criteria: runCriteria(r, view, this.config) }));
  }
}

function runCriteria(r: RunStats, view: 'front' | 'side', c: HopConfig): CriterionMark[] {
  const front = 'needs a side view';
  const sideOnly = (id: string, label: string, v: number, ok: boolean, evidence: string): CriterionMark =>
    (view !== 'side' ? { id, label, score: null, evidence: front }
      : Number.isNaN(v) ? { id, label, score: null, evidence: 'feet or facing direction not visible' } : { id, label, score: ok ? 1 : 0, evidence });
  const swing = r.aheadMax - r.aheadMin;
  return [
    sideOnly('pendulum', 'Non-hopping leg swings forward in pendular fashion', swing, swing >= c.pendulumMinSwingNorm,
      `free ankle swung ${swing.toFixed(2)} body heights fore-aft (needs ${c.pendulumMinSwingNorm})`),
    sideOnly('free-foot-behind', 'Foot of the non-hopping leg remains behind the hopping leg', r.aheadMax, r.aheadMax <= c.freeFootAheadMaxNorm,
      `free ankle at most ${r.aheadMax.toFixed(2)} body heights in front (max ${c.freeFootAheadMaxNorm})`),
    sideOnly('arms-swing', 'Arms flexed and swing forward to produce force', r.wristSwing, r.wristSwing >= c.armSwingMinNorm,
      `wrists swung ${r.wristSwing.toFixed(2)} body heights fore-aft (needs ${c.armSwingMinNorm})`),
    { id: 'consecutive', label: `Hops ${c.consecutiveHops} consecutive times on the preferred foot`, score: r.hops >= c.consecutiveHops ? 1 : 0,
      evidence: `${r.hops} hops in a row on the ${r.support} foot` },
  ];
}

export interface HopResult extends JumpSetResult<HopRep> {
  readonly task: 'hop';
  /** The foot with the most hops, undefined without hops. */
  readonly side: Side | undefined;
  readonly view: 'front' | 'side';
  /** Runs of consecutive hops on one foot (TGMD-3 trials). */
  readonly runs: readonly HopRun[];
  /** Best, mean and consistency of each metric over the set (not "summary": the CLI prints the track summary there). */
  readonly setSummary: {
    readonly hopsBySide: Readonly<Record<Side, number>>;
    readonly longestRun: number;
    readonly flightMs: MetricSummary | undefined;
    readonly heightCm: MetricSummary | undefined;
  };
}

export function summariseHops(runs: HopRuns, rejected: { notHeld: number; noHipRise: number }, view: 'front' | 'side'): HopResult {
  const reps = runs.reps;
  const bySide = { left: reps.filter((r) => r.support === 'left').length, right: reps.filter((r) => r.support === 'right').length };
  const list = runs.runs(view);
  const flags: string[] = [];
  if (rejected.notHeld > 0) flags.push(`${rejected.notHeld} flights not counted: the other foot touched down or was not visible (not a hop on one foot)`);
  if (rejected.noHipRise > 0) flags.push(`${rejected.noHipRise} foot lifts not counted: the hips did not rise (no flight)`);
  return {
    task: 'hop', count: reps.length, reps, flags, view, runs: list,
    side: reps.length === 0 ? undefined : bySide.left >= bySide.right ? 'left' : 'right',
    itemScore: itemScoreOf(list, 'TGMD-3 hop criteria, first 2 runs'),
    setSummary: {
      hopsBySide: bySide,
      longestRun: list.reduce((m, r) => Math.max(m, r.hops), 0),
      flightMs: metricSummary(reps.map((r) => r.flightMs.value)),
      heightCm: metricSummary(reps.map((r) => r.heightCm.value)),
    },
  };
}
