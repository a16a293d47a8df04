// Two-threshold state gate (MediaPipe RepetitionCounter style: "the difference between the thresholds makes it stable
// to prediction jittering") with a minimum time in each state, so one noisy frame never flips it.

export interface HysteresisConfig {
  /** The signal must reach this to enter the "on" state. */
  readonly enter: number;
  /** The signal must fall to this to leave it (exit < enter). */
  readonly exit: number;
  /** Shortest time the gate stays in a state before it may flip again, ms. */
  readonly minStateMs: number;
}

export type GateChange = 'entered' | 'exited' | undefined;

export class HysteresisGate {
  private on = false;
  private sinceTMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly config: HysteresisConfig) {
    if (!(config.exit < config.enter)) throw new RangeError('HysteresisGate: exit should be below enter');
  }

  get isOn(): boolean {
    return this.on;
  }

  get enteredTMs(): number {
    return this.sinceTMs;
  }

  update(value: number, tMs: number): GateChange {
    return this.step(value >= this.config.enter, value <= this.config.exit, tMs);
  }

  /**
   * The same gate fed with the two decisions instead of one value, for a caller whose evidence for "on" and for "off"
   * comes from different signals (jumping jack: wrists or, with the wrists out of the picture, elbows for arms up;
   * only wrists for arms down). `reachedEnter` / `reachedExit`: the evidence reached the enter / exit level.
   */
  step(reachedEnter: boolean, reachedExit: boolean, tMs: number): GateChange {
    if (tMs - this.sinceTMs < this.config.minStateMs) return undefined;
    if (!this.on && reachedEnter) {
      this.on = true; this.sinceTMs = tMs;
      return 'entered';
    }
    if (this.on && reachedExit) {
      this.on = false; this.sinceTMs = tMs;
      return 'exited';
    }
    return undefined;
  }

  reset(): void {
    this.on = false;
    this.sinceTMs = Number.NEGATIVE_INFINITY;
  }
}
