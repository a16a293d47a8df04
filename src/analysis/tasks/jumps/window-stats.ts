// Extremes of the per-frame jump features over a time window (the frames before take-off, in flight, after landing).
import type { FrameHistory } from '../../signals/frame-history.ts';
import { kneeAlternation, type KneeAlternation } from '../../signals/knee-alternation.ts';

export interface WindowStats {
  readonly maxKneeFlexDeg: number | undefined;
  readonly maxWristAboveHeadNorm: number | undefined;
  readonly maxWristRiseNorm: number | undefined;
  readonly minWristRiseNorm: number | undefined;
  /** Most negative wrist-ahead-of-hips, signed by the facing direction (negative = behind), body heights. */
  readonly minWristAheadNorm: number | undefined;
  /** Largest ankle travel from the first frame of the window, body heights. */
  readonly ankleShiftNorm: number | undefined;
  /** Highest and lowest mid-hip image y (px, y down) and the mean body height, for the hip-rise check. */
  readonly minHipY: number | undefined;
  readonly maxHipY: number | undefined;
  readonly bodyPx: number | undefined;
  /** Frames in the window, and those of them in which an ankle was not visible (the per-foot checks need both). */
  readonly frames: number;
  readonly framesMissingAnAnkle: number;
}

const max = (a: number | undefined, v: number) => (Number.isNaN(v) ? a : a === undefined || v > a ? v : a);
const min = (a: number | undefined, v: number) => (Number.isNaN(v) ? a : a === undefined || v < a ? v : a);

export function windowStats(history: FrameHistory, fromTMs: number, toTMs: number): WindowStats {
  let knee: number | undefined; let head: number | undefined; let riseMax: number | undefined; let riseMin: number | undefined;
  let ahead: number | undefined; let shift: number | undefined;
  let x0 = Number.NaN;
  let frames = 0; let missing = 0;
  let hipMin: number | undefined; let hipMax: number | undefined; let body: number | undefined;
  history.forRange(fromTMs, toTMs, (get) => {
    knee = max(knee, get('kneeFlexDeg'));
    head = max(head, get('wristAboveHeadNorm'));
    riseMax = max(riseMax, get('wristRiseNorm'));
    riseMin = min(riseMin, get('wristRiseNorm'));
    const facing = get('facing');
    if (facing !== 0) ahead = min(ahead, get('wristAheadNorm') * facing);
    hipMin = min(hipMin, get('hipY'));
    hipMax = max(hipMax, get('hipY'));
    body = max(body, get('bodyPx'));
    frames++;
    const x = (get('ankleLX') + get('ankleRX')) / 2;
    if (Number.isNaN(x)) missing++;
    if (Number.isNaN(x0)) x0 = x;
    else shift = max(shift, Math.abs(x - x0) / get('bodyPx'));
  });
  return { maxKneeFlexDeg: knee, maxWristAboveHeadNorm: head, maxWristRiseNorm: riseMax, minWristRiseNorm: riseMin,
    minWristAheadNorm: ahead, ankleShiftNorm: shift, minHipY: hipMin, maxHipY: hipMax, bodyPx: body,
    frames, framesMissingAnAnkle: missing };
}

/** The windows a jump is graded on, computed once per jump. */
export interface JumpWindows {
  /** preparationWindowMs before take-off. */
  readonly prep: WindowStats;
  /** Take-off to landing. */
  readonly flight: WindowStats;
  /** From armSwingLeadMs before take-off (the arm swing starts before the feet leave) to landing. */
  readonly swing: WindowStats;
  /** Landing to the end of the landing window. */
  readonly landing: WindowStats;
  /** Whether the knees took turns from the start of the preparation window to landing (the take-off check). */
  readonly knees: KneeAlternation;
}

/** How far before take-off the preparation and arm-swing windows start, ms (from the task's config). */
export interface WindowLeads {
  readonly preparationWindowMs: number;
  readonly armSwingLeadMs: number;
}

export function jumpWindows(history: FrameHistory, takeoffTMs: number, landingTMs: number, landingEndTMs: number, leads: WindowLeads): JumpWindows {
  return {
    prep: windowStats(history, takeoffTMs - leads.preparationWindowMs, takeoffTMs),
    flight: windowStats(history, takeoffTMs, landingTMs),
    swing: windowStats(history, takeoffTMs - leads.armSwingLeadMs, landingTMs),
    landing: windowStats(history, landingTMs, landingEndTMs),
    knees: kneeAlternation(history, takeoffTMs - leads.preparationWindowMs, landingTMs),
  };
}

/**
 * How far the hips rose from their lowest point before take-off to their highest in flight, body heights (image y
 * grows downward); undefined when the hips or the body height were not seen. A real flight lifts the centre of mass;
 * lifting the feet alone does not.
 */
export function hipRiseNorm(prep: WindowStats, air: WindowStats): number | undefined {
  if (prep.maxHipY === undefined || air.minHipY === undefined || prep.bodyPx === undefined) return undefined;
  return (prep.maxHipY - air.minHipY) / prep.bodyPx;
}
