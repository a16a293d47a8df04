// Jump height that means what it says: the ankle keypoint rises with the heel before the toes leave the floor, so a
// flight timed from the ankle leaving the floor includes the heel raise (on small forefoot bounces 3-5 times the real
// flight: jump-in-place-no-rope, 433 ms where the frames show about 233 ms). The toes must have left the floor once
// the ankle rises above what a heel raise can lift it to; the flight lies between the time the ankle spent above that
// level (shortest) and the time it spent off the floor (longest). Where it never rose above it, the frames cannot show
// the toes leaving: the height is not scorable, with that reason.
import { GRAVITY_M_S2 } from './jump-height.ts';
import type { FrameHistory } from './frame-history.ts';

/**
 * Rise of the ankle keypoint with the toes still on the floor (up on the balls of the feet), body heights. Source:
 * Drillis & Contini 1966, foot length 0.152 H with the ankle over its rear quarter, so the ball of the foot is about
 * 0.11 H ahead of it; a full heel raise (plantarflexion about 40-45 degrees) lifts the ankle 0.11 x sin 43 = 0.075 H.
 * Check: on jump-in-place-no-rope (labelled flights 3-6 cm, about 0.02-0.035 H) the ankles rise 0.06-0.10 H.
 */
export const HEEL_RAISE_ANKLE_RISE_NORM = 0.075;
/** Window before take-off in which the floor level of the lower ankle is read, ms (the contact before the jump). */
const FLOOR_WINDOW_MS = 150;

export type FlightBounds =
  | { readonly scorable: true; readonly shortestMs: number; readonly longestMs: number }
  | { readonly scorable: false; readonly reason: string };

/** The flight's bounds from the lower ankle's rise in the history between take-off and landing. */
export function flightBounds(history: FrameHistory, takeoffTMs: number, landingTMs: number): FlightBounds {
  let floorY = Number.NaN;
  history.forRange(takeoffTMs - FLOOR_WINDOW_MS, takeoffTMs, (get) => {
    const y = lowerY(get('ankleLY'), get('ankleRY'));
    if (!(y <= floorY)) floorY = Number.isNaN(floorY) || y > floorY ? y : floorY;
  });
  if (Number.isNaN(floorY)) return { scorable: false, reason: 'ankles not visible before take-off: no floor level to measure the flight from' };
  const samples: { t: number; rise: number }[] = [];
  history.forRange(takeoffTMs, landingTMs, (get) => {
    const y = lowerY(get('ankleLY'), get('ankleRY')); const body = get('bodyPx');
    if (!Number.isNaN(y) && body > 0) samples.push({ t: get('tMs'), rise: (floorY - y) / body });
  });
  const peak = samples.reduce((m, s) => Math.max(m, s.rise), Number.NEGATIVE_INFINITY);
  if (!(peak > HEEL_RAISE_ANKLE_RISE_NORM)) {
    return { scorable: false, reason: `the ankles rose ${peak > 0 ? peak.toFixed(3) : 'less than 0.01'} body heights, no more than a heel raise lifts them (${HEEL_RAISE_ANKLE_RISE_NORM}): the frames do not show the toes leaving the floor` };
  }
  const above = timeAbove(samples, HEEL_RAISE_ANKLE_RISE_NORM);
  return { scorable: true, shortestMs: above, longestMs: landingTMs - takeoffTMs };
}

/** Height from the middle of the flight's bounds, with a +- covering both bounds and the frame interval, cm. */
export function heightFromBounds(b: { shortestMs: number; longestMs: number }, frameIntervalMs: number): { valueCm: number; plusMinusCm: number; flightMs: number; flightPlusMinusMs: number } {
  const h = (ms: number) => (GRAVITY_M_S2 * (ms / 1000) ** 2) / 8 * 100;
  const mid = (b.shortestMs + b.longestMs) / 2;
  const half = (b.longestMs - b.shortestMs) / 2 + frameIntervalMs;
  const lo = h(Math.max(0, mid - half)); const hi = h(mid + half);
  return { valueCm: (lo + hi) / 2, plusMinusCm: (hi - lo) / 2, flightMs: mid, flightPlusMinusMs: half };
}

const lowerY = (l: number, r: number) => (Number.isNaN(l) ? r : Number.isNaN(r) ? l : Math.max(l, r));

/** Time the rise spent above level, ms, with the crossings interpolated between frames. */
function timeAbove(s: readonly { t: number; rise: number }[], level: number): number {
  let total = 0;
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1]!; const b = s[i]!;
    if (a.rise <= level && b.rise <= level) continue;
    if (a.rise > level && b.rise > level) { total += b.t - a.t; continue; }
    const f = (level - a.rise) / (b.rise - a.rise);
    total += a.rise > level ? f * (b.t - a.t) : (1 - f) * (b.t - a.t);
  }
  return total;
}
