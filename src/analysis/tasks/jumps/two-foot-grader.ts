// Grades one two-foot jump from its flight, the feet timing and the frames around it: flight time and height with
// their frame-rate uncertainty, feet asymmetry, knee flexion at landing, landing stability and the TGMD-3 jump
// criteria (CLINICAL.md "Jumps"), each 0/1 with the measured evidence or null with the reason.
import { marginAbove, marginBelow, type DecisionMargin } from '../../signals/decision-margin.ts';
import type { Flight } from '../../signals/flight-phase.ts';
import type { CameraView } from '../../signals/camera-view.ts';
import type { FrameHistory } from '../../signals/frame-history.ts';
import { flightBounds, heightFromBounds } from '../../signals/toe-off.ts';
import type { TwoFootJumpConfig } from './two-foot-constants.ts';
import type { FeetTiming } from './feet-timing.ts';
import { round } from './summary.ts';
import type { CriterionMark, Measured } from './types.ts';
import type { JumpWindows, WindowStats } from './window-stats.ts';

export interface TwoFootJumpRep {
  readonly index: number;
  readonly takeoffTMs: number;
  readonly landingTMs: number;
  /** Flight with the whole foot off the floor (signals/toe-off.ts), with a +- that covers the heel raise the ankle
   * shows before the toes leave; undefined when the frames do not show the toes leaving (heightNotScorable says why). */
  readonly flightMs: Measured | undefined;
  /** From flight time, h = g t^2 / 8, over the same bounds. */
  readonly heightCm: Measured | undefined;
  readonly heightNotScorable?: string;
  /** Time the lower ankle was off the floor, heel raise included, ms (the longest the flight can have been). */
  readonly offFloorMs: number;
  /** Jump height as a fraction of standing height, when the child's height is known. */
  readonly heightBodyFraction: number | undefined;
  /** Highest rise of the lower ankle above its floor level, body heights (and cm when the height is known). */
  readonly ankleRiseNorm: number;
  readonly ankleRiseCm: number | undefined;
  /** The count's decision: the lower ankle's rise against the flight threshold of this run's config (eval's margin). */
  readonly riseMargin: DecisionMargin;
  /** How far the knees took turns from the preparation window to landing, body heights (signals/knee-alternation.ts;
   * counted jumps stay at or under maxKneeAlternationNorm); undefined when the knees were seen on too few frames. */
  readonly kneeAlternationNorm: number | undefined;
  /** The knees' decision: their alternation against this run's maxKneeAlternationNorm (eval's margin); undefined
   * where the knees were seen on too few frames. */
  readonly kneeMargin: DecisionMargin | undefined;
  /** Right minus left, ms (positive: left foot first); undefined when a foot was not visible. */
  readonly takeoffAsymmetryMs: number | undefined;
  readonly landingAsymmetryMs: number | undefined;
  readonly kneeFlexionAtLandingDeg: number | undefined;
  readonly landingStable: boolean | undefined;
  readonly criteria: readonly CriterionMark[];
  readonly flags: readonly string[];
}

export interface GradeInput {
  readonly index: number;
  readonly flight: Flight;
  readonly timing: FeetTiming;
  readonly windows: JumpWindows;
  readonly view: CameraView | undefined;
  readonly frameIntervalMs: number;
  readonly childHeightCm: number | undefined;
  /** The recent frames, for the ankle's rise through the flight. */
  readonly history: FrameHistory;
}

export function gradeTwoFootJump(input: GradeInput, config: TwoFootJumpConfig): TwoFootJumpRep {
  const { flight, timing, frameIntervalMs, childHeightCm } = input;
  const flightMs = flight.landingTMs - flight.takeoffTMs;
  const bounds = flightBounds(input.history, flight.takeoffTMs, flight.landingTMs);
  const hb = bounds.scorable ? heightFromBounds(bounds, frameIntervalMs) : undefined;
  const landing = input.windows.landing;
  const flags: string[] = [];
  if (flight.hadGap) flags.push('ankles not visible for part of the flight: timing less certain');
  if (timing.takeoffSpreadMs === undefined) flags.push('one foot not visible: take-off asymmetry not measured');
  const asym = Math.max(Math.abs(timing.takeoffSpreadMs ?? 0), Math.abs(timing.landingSpreadMs ?? 0));
  if (asym > config.maxFeetAsymmetryMs) flags.push(`feet not together: ${Math.round(asym)} ms apart`);
  const takeoffTMs = round(flight.takeoffTMs, 1);
  const ankleRiseNorm = round(flight.peakRiseNorm, 4);
  return {
    index: input.index,
    takeoffTMs,
    landingTMs: round(flight.landingTMs, 1),
    flightMs: hb ? { value: round(hb.flightMs, 1), plusMinus: round(hb.flightPlusMinusMs, 1) } : undefined,
    heightCm: hb ? { value: round(hb.valueCm, 2), plusMinus: round(hb.plusMinusCm, 2) } : undefined,
    ...(bounds.scorable ? {} : { heightNotScorable: bounds.reason }),
    offFloorMs: round(flightMs, 1),
    heightBodyFraction: childHeightCm && hb ? round(hb.valueCm / childHeightCm, 4) : undefined,
    ankleRiseNorm,
    ankleRiseCm: childHeightCm ? round(flight.peakRiseNorm * childHeightCm, 1) : undefined,
    riseMargin: marginAbove('jump: lower ankle rose enterRiseNorm', takeoffTMs, ankleRiseNorm, config.flight.enterRiseNorm),
    kneeAlternationNorm: input.windows.knees.amplitudeNorm === undefined ? undefined : round(input.windows.knees.amplitudeNorm, 4),
    kneeMargin: input.windows.knees.amplitudeNorm === undefined ? undefined
      : marginBelow('jump knees: took turns less than maxKneeAlternationNorm', takeoffTMs, input.windows.knees.amplitudeNorm, config.maxKneeAlternationNorm),
    takeoffAsymmetryMs: timing.takeoffSpreadMs === undefined ? undefined : round(timing.takeoffSpreadMs, 1),
    landingAsymmetryMs: timing.landingSpreadMs === undefined ? undefined : round(timing.landingSpreadMs, 1),
    kneeFlexionAtLandingDeg: landing.maxKneeFlexDeg === undefined ? undefined : round(landing.maxKneeFlexDeg, 1),
    landingStable: landing.ankleShiftNorm === undefined ? undefined : landing.ankleShiftNorm <= config.stableLandingMaxShiftNorm,
    criteria: jumpCriteria(input, config),
    flags,
  };
}

/**
 * The four TGMD-3 horizontal-jump criteria, graded on every two-foot jump. The standing long jump does not grade
 * its own: its reps are two-foot jumps that travelled, so they carry these marks as they were graded here.
 */
function jumpCriteria(input: GradeInput, config: TwoFootJumpConfig): CriterionMark[] {
  const { prep, swing: air, landing } = input.windows;
  return [prepCriterion(prep, input.view, config), armsUpCriterion(air), feetCriterion(input.timing, config),
    armsDownCriterion(air, landing, config)];
}

type Stats = WindowStats;

function prepCriterion(prep: Stats, view: CameraView | undefined, config: TwoFootJumpConfig): CriterionMark {
  const label = 'Preparatory movement: knees flexed, arms extended behind the body';
  const id = 'preparation';
  if (prep.maxKneeFlexDeg === undefined) return { id, label, score: null, evidence: 'knees not visible before take-off' };
  const knees = `knees flexed up to ${Math.round(prep.maxKneeFlexDeg)} deg (needs ${config.crouchMinKneeFlexionDeg})`;
  if (view !== 'side') return { id, label, score: null, evidence: `${knees}; arms behind the body need a side view` };
  if (prep.minWristAheadNorm === undefined) return { id, label, score: null, evidence: `${knees}; wrists or facing direction not visible` };
  const back = -prep.minWristAheadNorm;
  const ok = prep.maxKneeFlexDeg >= config.crouchMinKneeFlexionDeg && back >= config.armsBackMinNorm;
  return { id, label, score: ok ? 1 : 0, evidence: `${knees}; wrists ${back.toFixed(2)} body heights behind the hips (needs ${config.armsBackMinNorm})` };
}

function armsUpCriterion(air: Stats): CriterionMark {
  const id = 'arms-up';
  const label = 'Arms extend forcefully forward and upward, reaching above the head';
  if (air.maxWristAboveHeadNorm === undefined) return { id, label, score: null, evidence: 'wrists or head not visible in flight' };
  const v = air.maxWristAboveHeadNorm;
  return { id, label, score: v > 0 ? 1 : 0, evidence: `lower wrist at most ${v.toFixed(2)} body heights above the nose` };
}

function feetCriterion(timing: FeetTiming, config: TwoFootJumpConfig): CriterionMark {
  const id = 'both-feet';
  const label = 'Take off and land on both feet at the same time';
  if (timing.takeoffSpreadMs === undefined || timing.landingSpreadMs === undefined) {
    return { id, label, score: null, evidence: 'one foot not visible through the flight' };
  }
  const ok = Math.abs(timing.takeoffSpreadMs) <= config.maxFeetAsymmetryMs && Math.abs(timing.landingSpreadMs) <= config.maxFeetAsymmetryMs;
  return { id, label, score: ok ? 1 : 0,
    evidence: `feet left ${Math.round(Math.abs(timing.takeoffSpreadMs))} ms and landed ${Math.round(Math.abs(timing.landingSpreadMs))} ms apart (max ${config.maxFeetAsymmetryMs})` };
}

function armsDownCriterion(air: Stats, landing: Stats, config: TwoFootJumpConfig): CriterionMark {
  const id = 'arms-down';
  const label = 'Arms are forced downward during landing';
  if (air.maxWristRiseNorm === undefined || landing.minWristRiseNorm === undefined) {
    return { id, label, score: null, evidence: 'wrists not visible around the landing' };
  }
  const drop = air.maxWristRiseNorm - landing.minWristRiseNorm;
  return { id, label, score: drop >= config.armsDownMinDropNorm ? 1 : 0,
    evidence: `wrists dropped ${drop.toFixed(2)} body heights from flight to landing (needs ${config.armsDownMinDropNorm})` };
}
