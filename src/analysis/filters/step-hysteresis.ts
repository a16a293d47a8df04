// Counts the forward swings of one limb in its reach signal with two thresholds (MediaPipe RepetitionCounter style:
// separate enter and exit levels so that jitter around one level cannot count twice). A step is reported when the
// signal has risen `enter` above its lowest value since the last step; its time is that lowest point (the limb
// leaving the floor). The counter re-arms once the signal has fallen `exit` below the step's peak.

export interface HysteresisStep {
  /** Time of the low point the rise started from (lift-off). */
  readonly startMs: number;
  /** Rise from the low point when the step was recognised, in the signal's unit. */
  readonly rise: number;
}

export class StepHysteresis {
  private armed = true;
  private low = Number.POSITIVE_INFINITY;
  private lowTMs = 0;
  private high = Number.NEGATIVE_INFINITY;
  private lastTMs: number | undefined;

  /** enter, exit: in the signal's unit; maxGapMs: a longer gap between samples forgets the running extremes. */
  constructor(private readonly enter: number, private readonly exit: number, private readonly maxGapMs: number) {
    if (!(enter > 0) || !(exit > 0) || exit > enter) throw new RangeError('StepHysteresis: need 0 < exit <= enter');
  }

  apply(x: number, tMs: number): HysteresisStep | undefined {
    if (this.lastTMs !== undefined && tMs - this.lastTMs > this.maxGapMs) this.reset();
    this.lastTMs = tMs;
    if (this.armed) {
      if (x < this.low) { this.low = x; this.lowTMs = tMs; }
      if (x - this.low < this.enter) return undefined;
      this.armed = false;
      this.high = x;
      return { startMs: this.lowTMs, rise: x - this.low };
    }
    if (x > this.high) this.high = x;
    if (this.high - x >= this.exit) {
      this.armed = true;
      this.low = x;
      this.lowTMs = tMs;
    }
    return undefined;
  }

  reset(): void {
    this.armed = true;
    this.low = Number.POSITIVE_INFINITY;
    this.high = Number.NEGATIVE_INFINITY;
    this.lastTMs = undefined;
  }
}
