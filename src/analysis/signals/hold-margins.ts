// The margins of a single-leg hold's decisions (signals/decision-margin.ts): the lift that started it against
// liftOnNorm, the lowest lift while it ran against liftOffNorm (the closest it came to a touch-down it did not make),
// and, for a hold ended by a touch-down, the highest lift of the frames that confirmed it against liftOffNorm.
import { marginAbove, marginBelow, type DecisionMargin } from './decision-margin.ts';

interface LiftThresholds { readonly liftOnNorm: number; readonly liftOffNorm: number }

export class HoldMargins {
  private startTMs = Number.NaN;
  private startPeak = Number.NaN;
  private minLift = Number.POSITIVE_INFINITY;
  /** Highest lift among the frames of a touch-down under way (the frame nearest to not being one). */
  private touchDownMax = Number.NEGATIVE_INFINITY;

  started(tMs: number, peakLiftNorm: number): void {
    this.startTMs = tMs; this.startPeak = peakLiftNorm;
  }

  /** One frame of a running hold; liftNorm undefined when the lifted foot was not measured on the same side. */
  holdingFrame(liftNorm: number | undefined, cfg: LiftThresholds): void {
    if (liftNorm === undefined) return;
    if (liftNorm >= cfg.liftOffNorm) {
      this.minLift = Math.min(this.minLift, liftNorm);
      this.touchDownMax = Number.NEGATIVE_INFINITY;
    } else {
      this.touchDownMax = Math.max(this.touchDownMax, liftNorm);
    }
  }

  /** Nothing seen for a frame: a touch-down under way starts over (its frames must be consecutive). */
  interrupted(): void {
    this.touchDownMax = Number.NEGATIVE_INFINITY;
  }

  result(hold: { readonly endMs: number; readonly endReason: string }, cfg: LiftThresholds): DecisionMargin[] {
    const out: DecisionMargin[] = [];
    if (Number.isFinite(this.startPeak)) out.push(marginAbove('hold start: lift reached liftOnNorm', this.startTMs, this.startPeak, cfg.liftOnNorm));
    if (Number.isFinite(this.minLift)) out.push(marginAbove('hold kept: lowest lift stayed above liftOffNorm', hold.endMs, this.minLift, cfg.liftOffNorm));
    if (hold.endReason === 'touch-down' && Number.isFinite(this.touchDownMax)) {
      out.push(marginBelow('touch-down: lift fell below liftOffNorm', hold.endMs, this.touchDownMax, cfg.liftOffNorm));
    }
    return out;
  }
}
