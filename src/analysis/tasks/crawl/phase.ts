// Phase lags between limbs from their step times. Each step of limb B is placed inside the cycle of limb A that
// contains it (cycle = from one step of A to its next step) as a fraction 0..1 of that cycle; the circular mean of
// those fractions, folded to 0..0.5, is the lag (0 = the two limbs move together, 0.5 = they alternate).
import type { Limb, LimbStep, PhaseLags } from './types.ts';

export interface LagEstimate {
  /** Circular mean fraction 0..1 of B's steps in A's cycles (B after A). */
  readonly fraction: number;
  /** Folded lag 0..0.5. */
  readonly lag: number;
  /** Resultant length 0..1: 1 when every cycle shows the same lag. */
  readonly consistency: number;
  readonly samples: number;
}

/** Fractions of B's steps within A's cycles. */
function fractions(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < a.length; i++) {
    const start = a[i]!; const periodMs = a[i + 1]! - start;
    if (!(periodMs > 0)) continue;
    for (const t of b) if (t >= start && t < start + periodMs) out.push((t - start) / periodMs);
  }
  return out;
}

/** The lag of B relative to A, pooling B-in-A and A-in-B (mirrored) samples; undefined without a full cycle. */
export function limbLag(a: readonly number[], b: readonly number[]): LagEstimate | undefined {
  const samples = [...fractions(a, b), ...fractions(b, a).map((f) => 1 - f)];
  if (samples.length === 0) return undefined;
  let c = 0; let s = 0;
  for (const f of samples) { c += Math.cos(2 * Math.PI * f); s += Math.sin(2 * Math.PI * f); }
  const angle = Math.atan2(s, c);
  const fraction = (angle / (2 * Math.PI) + 1) % 1;
  return { fraction, lag: Math.min(fraction, 1 - fraction), consistency: Math.hypot(c, s) / samples.length, samples: samples.length };
}

/** Two pairs pooled (e.g. both contralateral pairs): weighted by their sample counts. */
function pooledLag(x: LagEstimate | undefined, y: LagEstimate | undefined): number | null {
  const parts = [x, y].filter((e): e is LagEstimate => e !== undefined);
  const n = parts.reduce((sum, e) => sum + e.samples, 0);
  return n === 0 ? null : parts.reduce((sum, e) => sum + e.lag * e.samples, 0) / n;
}

export function stepTimes(steps: readonly LimbStep[], limb: Limb): number[] {
  return steps.filter((s) => s.limb === limb).map((s) => s.tMs);
}

/** Lags between hands, knees, contralateral and ipsilateral hand-knee pairs. */
export function phaseLags(steps: readonly LimbStep[]): PhaseLags {
  const lh = stepTimes(steps, 'leftHand'); const rh = stepTimes(steps, 'rightHand');
  const lk = stepTimes(steps, 'leftKnee'); const rk = stepTimes(steps, 'rightKnee');
  return {
    hands: limbLag(lh, rh)?.lag ?? null,
    knees: limbLag(lk, rk)?.lag ?? null,
    contralateral: pooledLag(limbLag(lh, rk), limbLag(rh, lk)),
    ipsilateral: pooledLag(limbLag(lh, lk), limbLag(rh, rk)),
  };
}

/** Left/right timing symmetry 0..1: 1 when the right hand steps exactly mid-way through the left hand's cycle. */
export function handSymmetry(steps: readonly LimbStep[]): number | null {
  const lag = limbLag(stepTimes(steps, 'leftHand'), stepTimes(steps, 'rightHand'));
  if (!lag || lag.lag < 0.25) return null; // hands moving together: alternation symmetry does not apply
  return 1 - 2 * Math.abs(lag.fraction - 0.5);
}
