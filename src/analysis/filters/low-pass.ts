// First-order low-pass filter on irregularly timed samples: alpha follows from the time step, so the same cutoff holds
// at 15, 30 or 60 fps.
export class LowPassFilter {
  private value: number | undefined;
  private lastTMs: number | undefined;

  /** cutoffHz: the -3 dB frequency in hertz. */
  constructor(private readonly cutoffHz: number) {
    if (!(cutoffHz > 0)) throw new RangeError('cutoffHz should be greater than 0');
  }

  apply(x: number, tMs: number): number {
    if (this.value === undefined || this.lastTMs === undefined || tMs <= this.lastTMs) {
      this.value = x;
    } else {
      const dtS = (tMs - this.lastTMs) / 1000;
      const tau = 1 / (2 * Math.PI * this.cutoffHz);
      this.value += (dtS / (tau + dtS)) * (x - this.value);
    }
    this.lastTMs = tMs;
    return this.value;
  }

  reset(): void {
    this.value = undefined;
    this.lastTMs = undefined;
  }
}
