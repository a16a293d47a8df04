// Everything measured during one hold: sway, trunk lean, lifted-thigh angle, arm excursions and the BESS errors seen
// while standing (trunk lean, hip abduction, hands off hips). Constant memory per hold; live and batch share it.
import { HipSwayAccumulator, type HipSway } from '../../signals/hip-sway.ts';
import type { BalanceFrame } from '../../signals/balance-frame.ts';
import type { Side } from '../../types.ts';
import type { BalanceHoldConfig } from './constants.ts';
import type { BalanceError, BalanceErrorKind, HoldCore, HoldEndReason } from './types.ts';

/** The thresholds the hold measures use (shared by the single-leg and tandem stances). */
export type HoldMetricsConfig = Pick<BalanceHoldConfig, 'swayCutoffHz' | 'lostMaxGapMs' | 'armOutNorm' | 'armBackNorm'
  | 'trunkLeanErrorDeg' | 'hipAbductionErrorDeg' | 'errorClearDeg' | 'handsOffHipsNorm'>;

/** Hysteresis latch: true above `on`, false again below `off` (never counts on a single threshold). */
class Latch {
  private active = false;
  constructor(private readonly on: number, private readonly off: number) {}
  /** Returns true at the sample where the latch turns on. */
  update(value: number | undefined): boolean {
    if (value === undefined) return false;
    if (!this.active && value > this.on) { this.active = true; return true; }
    if (this.active && value < this.off) this.active = false;
    return false;
  }
}

export class HoldMetrics {
  private readonly sway: HipSwayAccumulator;
  private heightSum = 0; private heightN = 0;
  private maxLean: number | undefined; private maxThigh: number | undefined;
  private armExcursions = 0;
  private readonly armLatch: Latch; private readonly leanLatch: Latch;
  private readonly thighLatch: Latch; private readonly handsLatch: Latch;
  private readonly errors: BalanceError[] = [];

  /** liftedSide: the foot off the floor (none in a tandem stance); handsOnHips: count "hands off hips" errors (the BESS
   * timed trial). */
  constructor(readonly liftedSide: Side | undefined, readonly startMs: number, cfg: HoldMetricsConfig,
    private readonly handsOnHips: boolean) {
    this.sway = new HipSwayAccumulator(cfg.swayCutoffHz, cfg.lostMaxGapMs);
    this.armLatch = new Latch(cfg.armOutNorm, cfg.armBackNorm);
    this.leanLatch = new Latch(cfg.trunkLeanErrorDeg, cfg.trunkLeanErrorDeg - cfg.errorClearDeg);
    this.thighLatch = new Latch(cfg.hipAbductionErrorDeg, cfg.hipAbductionErrorDeg - cfg.errorClearDeg);
    this.handsLatch = new Latch(cfg.handsOffHipsNorm, cfg.handsOffHipsNorm * 0.8);
  }

  /** Feeds a frame inside the hold; returns the errors that began at it. */
  push(f: BalanceFrame): readonly BalanceError[] {
    if (f.heightPx !== undefined) { this.heightSum += f.heightPx; this.heightN++; }
    if (f.hip) this.sway.push(f.hip.x, f.hip.y, f.tMs);
    const thigh = this.liftedSide === undefined ? maxDefined(f.leftThighDeg, f.rightThighDeg)
      : this.liftedSide === 'left' ? f.leftThighDeg : f.rightThighDeg;
    if (f.trunkLeanDeg !== undefined) this.maxLean = Math.max(this.maxLean ?? 0, f.trunkLeanDeg);
    if (thigh !== undefined) this.maxThigh = Math.max(this.maxThigh ?? 0, thigh);
    if (this.armLatch.update(f.wristHipNorm)) this.armExcursions++;
    const began: BalanceError[] = [];
    const add = (kind: BalanceErrorKind) => began.push({ tMs: f.tMs, kind });
    if (this.leanLatch.update(f.trunkLeanDeg)) add('trunk lean');
    if (this.thighLatch.update(thigh)) add('hip abduction');
    if (this.handsOnHips && this.handsLatch.update(f.handsOffNorm)) add('hands off hips');
    this.errors.push(...began);
    return began;
  }

  /** Mean body height over the hold so far, px (undefined before a frame with a body height). */
  meanHeightPx(): number | undefined {
    return this.heightN === 0 ? undefined : this.heightSum / this.heightN;
  }

  /** Closes the hold. endError: the error that ended it (touch-down, step, fall), if any. */
  finish(endMs: number, endReason: HoldEndReason, frameIntervalMs: number, endError?: BalanceError): HoldCore {
    const height = this.meanHeightPx();
    const errors = endError ? [...this.errors, endError] : [...this.errors];
    return {
      startMs: this.startMs, endMs, durationS: round((endMs - this.startMs) / 1000, 3),
      uncertaintyS: round(frameIntervalMs / 1000, 3), endReason,
      sway: roundSway(height === undefined ? undefined : this.sway.result(height)),
      maxTrunkLeanDeg: this.maxLean === undefined ? null : round(this.maxLean, 1),
      maxLiftedThighDeg: this.maxThigh === undefined ? null : round(this.maxThigh, 1),
      armExcursions: this.armExcursions, errors,
    };
  }
}

const maxDefined = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);
/** Four decimals of a body height is 0.1 mm on a child: more digits are noise in the report. */
const roundSway = (s: HipSway | undefined): HipSway | null => (s === undefined ? null : {
  pathMlNormPerS: round(s.pathMlNormPerS, 4), pathVNormPerS: round(s.pathVNormPerS, 4), pathNormPerS: round(s.pathNormPerS, 4),
  rangeMlNorm: round(s.rangeMlNorm, 4), rangeVNorm: round(s.rangeVNorm, 4), measuredS: round(s.measuredS, 3),
});
const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;
