// Grades one jumping jack from its cycle: arm reach, leg spread, arm-leg synchrony, and the BOT-2 / CTAPE #22
// elements (feet together and arms at the sides, then feet apart with arms overhead, arms and legs together), each
// 0/1 with the measured evidence, or null ("not scorable") when the legs were not reliably visible (seen in fewer
// than `minOpenLegsSeenShare` of the open position's frames: see cycle.ts legsSeenInCycle).
import { marginAbove, type DecisionMargin } from '../../signals/decision-margin.ts';
import type { CriterionMark } from '../jumps/types.ts';
import { round } from '../jumps/summary.ts';
import type { JumpingJackConfig } from './constants.ts';
import { legsSeenInCycle, type JackCycle } from './cycle.ts';

export interface JumpingJackRep {
  readonly index: number;
  readonly openTMs: number;
  readonly closeTMs: number;
  /** Highest wrist height above the shoulders, body heights. */
  readonly armReachNorm: number | undefined;
  /** The arms-up decision that opened this jack against this run's threshold (eval's margin); undefined without wrists. */
  readonly armsUpMargin: DecisionMargin | undefined;
  readonly handsOverhead: boolean | undefined;
  /** Widest ankle distance over hip width in the open position; undefined when the legs were not visible. */
  readonly legSpreadRatio: number | undefined;
  /** Legs opening minus arms rising, ms (positive: legs late); undefined without legs. */
  readonly armLegLagMs: number | undefined;
  /** Counted from the arms alone because the legs were not reliably visible in the open position. */
  readonly legsNotVisible: boolean;
  readonly criteria: readonly CriterionMark[];
  readonly flags: readonly string[];
}

const num = (v: number): number | undefined => (Number.isNaN(v) ? undefined : v);

export function gradeJumpingJack(index: number, c: JackCycle, closeTMs: number, config: JumpingJackConfig): JumpingJackRep {
  const legsNotVisible = !legsSeenInCycle(c, config.minOpenLegsSeenShare);
  const lag = legsNotVisible ? undefined : num(c.legsOpenTMs - c.armsUpTMs);
  const openTMs = round(c.armsUpTMs, 1);
  const armReachNorm = num(round(c.maxArmsNorm, 3));
  return {
    index,
    openTMs,
    closeTMs: round(closeTMs, 1),
    armReachNorm,
    armsUpMargin: armReachNorm === undefined ? undefined : marginAbove('jack: wrists rose above arms.enter', openTMs, armReachNorm, config.arms.enter),
    handsOverhead: Number.isNaN(c.maxHandsAboveHeadNorm) ? undefined : c.maxHandsAboveHeadNorm > 0,
    legSpreadRatio: legsNotVisible ? undefined : num(round(c.maxSpread, 2)),
    armLegLagMs: lag === undefined ? undefined : round(lag, 1),
    legsNotVisible,
    criteria: jackCriteria(c, lag, legsNotVisible, config),
    flags: legsNotVisible ? ['legs not visible: counted from the arms'] : [],
  };
}

function jackCriteria(c: JackCycle, lag: number | undefined, legsNotVisible: boolean, config: JumpingJackConfig): CriterionMark[] {
  const noLegs = legsNotVisible && c.openFrames > 0
    ? `legs not reliably visible: seen in ${c.openLegFrames} of ${c.openFrames} open-position frames (needs ${Math.round(config.minOpenLegsSeenShare * 100)}%)`
    : 'legs not visible';
  const mark = (id: string, label: string, v: number, ok: (v: number) => boolean, evidence: string, missing: string): CriterionMark =>
    (Number.isNaN(v) ? { id, label, score: null, evidence: missing } : { id, label, score: ok(v) ? 1 : 0, evidence });
  const legs = (v: number): number => (legsNotVisible ? Number.NaN : v);
  return [
    mark('start-feet-together', 'Feet together at the start of the jack', legs(c.closedMinSpread), (v) => v <= config.closedLegSpreadMax,
      `ankles ${c.closedMinSpread.toFixed(2)} hip widths apart (max ${config.closedLegSpreadMax})`, noLegs),
    mark('start-arms-down', 'Arms at the sides at the start of the jack', c.closedMinArmsNorm, (v) => v <= config.armsDownMaxRiseNorm,
      `wrists ${c.closedMinArmsNorm.toFixed(2)} body heights from shoulder level (max ${config.armsDownMaxRiseNorm})`, 'wrists not visible'),
    mark('feet-apart', 'Feet apart in the open position', legs(c.maxSpread), (v) => v >= config.openLegSpreadMin,
      `ankles ${c.maxSpread.toFixed(2)} hip widths apart (needs ${config.openLegSpreadMin})`, noLegs),
    mark('arms-overhead', 'Arms overhead in the open position', c.maxHandsAboveHeadNorm, (v) => v > 0,
      `lower wrist ${c.maxHandsAboveHeadNorm.toFixed(2)} body heights above the nose`, 'wrists or head not visible at the top'),
    lag === undefined
      ? { id: 'synchronised', label: 'Arms and legs move together', score: null, evidence: noLegs }
      : { id: 'synchronised', label: 'Arms and legs move together', score: Math.abs(lag) <= config.maxArmLegLagMs ? 1 : 0,
        evidence: `legs opened ${Math.round(Math.abs(lag))} ms ${lag >= 0 ? 'after' : 'before'} the arms rose (max ${config.maxArmLegLagMs})` },
  ];
}
