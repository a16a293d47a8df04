// Grades one jumping jack from its cycle: arm reach, leg spread, arm-leg synchrony, and the BOT-2 / CTAPE #22
// elements (feet together and arms at the sides, then feet apart with arms overhead, arms and legs together), each
// 0/1 with the measured evidence, or null ("not scorable") when the legs were not reliably visible (seen in fewer
// than `minOpenLegsSeenShare` of the open position's frames: see cycle.ts legsSeenInCycle).
import { marginAbove, type DecisionMargin } from '../../signals/decision-margin.ts';
import { ELBOW_SHARE_OF_WRIST_RISE } from '../../signals/elbow-rise.ts';
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
  /** Highest elbow height above the shoulders on the frames that showed no wrist in the picture, body heights;
   * undefined when every frame showed a wrist (signals/elbow-rise.ts). */
  readonly elbowReachNorm: number | undefined;
  /** The evidence this jack's arms-up rests on: the signal whose margin below is the larger (either alone opens). */
  readonly armsUpBy: 'wrists' | 'elbows' | undefined;
  /** That arms-up decision against this run's threshold (eval's margin); undefined with neither signal. */
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
  const elbowReachNorm = num(round(c.maxElbowsNorm, 3));
  const up = armsUpDecision(openTMs, armReachNorm, elbowReachNorm, config);
  const flags: string[] = [];
  if (legsNotVisible) flags.push('legs not visible: counted from the arms');
  if (up?.by === 'elbows' && !(armReachNorm !== undefined && armReachNorm >= config.arms.enter)) flags.push(ELBOWS_FLAG);
  return {
    index,
    openTMs,
    closeTMs: round(closeTMs, 1),
    armReachNorm,
    elbowReachNorm,
    armsUpBy: up?.by,
    armsUpMargin: up?.margin,
    handsOverhead: Number.isNaN(c.maxHandsAboveHeadNorm) ? undefined : c.maxHandsAboveHeadNorm > 0,
    legSpreadRatio: legsNotVisible ? undefined : num(round(c.maxSpread, 2)),
    armLegLagMs: lag === undefined ? undefined : round(lag, 1),
    legsNotVisible,
    criteria: jackCriteria(c, lag, legsNotVisible, config),
    flags,
  };
}

/** The elbows' decision (eval's margin column shows the part before the colon). */
const ELBOWS_DECISION = `jack (elbows): elbows rose above arms.enter x ${ELBOW_SHARE_OF_WRIST_RISE}, no wrist in the picture`;

/** The flag of a jack whose arms-up only the elbows showed (the wrists out of the picture). */
export const ELBOWS_FLAG = 'wrists out of the picture: arms up seen from the elbows';

/**
 * The arms-up decision and its margin: the wrists' reach against `arms.enter` and the elbows' (frames with no wrist in
 * the picture) against the same arm raise at the elbow. Either alone opens the jack, so the jack rests on the one with
 * the larger margin, and that is the margin reported: the change that would lose the jack must defeat both.
 */
function armsUpDecision(tMs: number, wrists: number | undefined, elbows: number | undefined, config: JumpingJackConfig):
  { by: 'wrists' | 'elbows'; margin: DecisionMargin } | undefined {
  const byWrists = wrists === undefined ? undefined : marginAbove('jack: wrists rose above arms.enter', tMs, wrists, config.arms.enter);
  const byElbows = elbows === undefined ? undefined
    : marginAbove(ELBOWS_DECISION, tMs, elbows, round(config.arms.enter * ELBOW_SHARE_OF_WRIST_RISE, 4));
  if (byElbows !== undefined && (byWrists === undefined || byElbows.margin > byWrists.margin)) return { by: 'elbows', margin: byElbows };
  return byWrists === undefined ? undefined : { by: 'wrists', margin: byWrists };
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
