// Sway of the mid-hip point during a hold: path length and range, side-to-side (x) and up-down (y), in body heights.
// Positions are low-passed first so that keypoint jitter is not counted as sway; the caller passes the cutoff. Pixels
// are accumulated and divided by the hold's mean body height at the end (one scale for the whole hold).
import { LowPassFilter } from '../filters/low-pass.ts';

export interface HipSway {
  /** Mid-hip path length per second of hold, side-to-side / up-down / in the image plane, body heights per second. */
  readonly pathMlNormPerS: number;
  readonly pathVNormPerS: number;
  readonly pathNormPerS: number;
  /** Peak-to-peak range of the mid-hip point, side-to-side / up-down, fraction of body height. */
  readonly rangeMlNorm: number;
  readonly rangeVNorm: number;
  /** Seconds of hold over which sway was measured (frames with the hips seen). */
  readonly measuredS: number;
}

/** Accumulates hip sway sample by sample (constant memory: live and batch run the same code). */
export class HipSwayAccumulator {
  private readonly fx: LowPassFilter;
  private readonly fy: LowPassFilter;
  private lastX = 0; private lastY = 0; private lastTMs = 0; private has = false;
  private pathX = 0; private pathY = 0; private path = 0; private measuredMs = 0;
  private minX = Infinity; private maxX = -Infinity; private minY = Infinity; private maxY = -Infinity;

  /** cutoffHz: low-pass cutoff applied to the hip position before measuring; gapMs: a longer gap restarts the path. */
  constructor(cutoffHz: number, private readonly gapMs: number) {
    this.fx = new LowPassFilter(cutoffHz);
    this.fy = new LowPassFilter(cutoffHz);
  }

  /** The mid-hip point in pixels at tMs. */
  push(xPx: number, yPx: number, tMs: number): void {
    if (this.has && tMs - this.lastTMs > this.gapMs) { this.fx.reset(); this.fy.reset(); this.has = false; }
    const x = this.fx.apply(xPx, tMs);
    const y = this.fy.apply(yPx, tMs);
    if (this.has) {
      const dx = Math.abs(x - this.lastX); const dy = Math.abs(y - this.lastY);
      this.pathX += dx; this.pathY += dy; this.path += Math.hypot(dx, dy);
      this.measuredMs += tMs - this.lastTMs;
    }
    this.minX = Math.min(this.minX, x); this.maxX = Math.max(this.maxX, x);
    this.minY = Math.min(this.minY, y); this.maxY = Math.max(this.maxY, y);
    this.lastX = x; this.lastY = y; this.lastTMs = tMs; this.has = true;
  }

  /** The sway so far in body heights (heightPx: the hold's body height), or undefined before two samples. */
  result(heightPx: number): HipSway | undefined {
    if (this.measuredMs <= 0 || !(heightPx > 0)) return undefined;
    const s = this.measuredMs / 1000;
    const h = heightPx;
    return {
      pathMlNormPerS: this.pathX / h / s, pathVNormPerS: this.pathY / h / s, pathNormPerS: this.path / h / s,
      rangeMlNorm: (this.maxX - this.minX) / h, rangeVNorm: (this.maxY - this.minY) / h, measuredS: s,
    };
  }
}
