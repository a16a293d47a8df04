import { describe, expect, it } from 'vitest';
import { FlightPhaseDetector, type Flight } from './flight-phase.ts';

const CONFIG = { enterRiseNorm: 0.03, contactRiseNorm: 0.015, exitFallFraction: 0.5, groundLeakS: 2, maxGapMs: 400 };
const BODY = 400;

/** Feeds y(t) at fps for durationS and returns the flights. */
function flights(y: (tS: number) => number | undefined, fps = 30, durationS = 3): Flight[] {
  const d = new FlightPhaseDetector(CONFIG);
  const out: Flight[] = [];
  for (let i = 0; i < durationS * fps; i++) {
    const f = d.update(y(i / fps), BODY, (i / fps) * 1000);
    if (f) out.push(f);
  }
  return out;
}
/** A parabolic flight from 1.0 s to 1.4 s rising 40 px (10% of body height) above a floor at y = 300. */
const hop = (t: number) => (t > 1 && t < 1.4 ? 300 - 40 * (1 - ((t - 1.2) / 0.2) ** 2) : 300);

describe('FlightPhaseDetector', () => {
  it('finds one flight with take-off and landing timed within a frame', () => {
    const [f, ...rest] = flights(hop);
    expect(rest).toEqual([]);
    expect(Math.abs(f!.takeoffTMs - 1000)).toBeLessThan(34);
    expect(Math.abs(f!.landingTMs - 1400)).toBeLessThan(34);
    expect(f!.peakRiseNorm).toBeCloseTo(0.1, 2);
  });

  it('ignores jitter of 2% of body height peak to peak', () => {
    expect(flights((t) => 300 + 4 * Math.sin(t * 50))).toEqual([]);
  });

  it('keeps a flight through a 100 ms gap and marks it', () => {
    const [f] = flights((t) => (t > 1.15 && t < 1.25 ? undefined : hop(t)));
    expect(f?.hadGap).toBe(true);
  });

  it('drops a flight when the signal is gone for longer than maxGapMs', () => {
    const d = new FlightPhaseDetector(CONFIG);
    const out: Flight[] = [];
    for (let i = 0; i < 90; i++) {
      const t = i / 30;
      const f = d.update(t > 1.1 && t < 1.7 ? undefined : hop(t), BODY, t * 1000);
      if (f) out.push(f);
    }
    expect([out.length, d.lost]).toEqual([0, 1]);
  });
});
