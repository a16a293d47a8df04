// Jump height from flight time, h = g t^2 / 8 (flight-time method; My Jump vs force plate ICC .997, pubmed 25555023),
// with its uncertainty from the frame interval: take-off and landing are each known to about half a frame, so t is
// known to +- one frame interval and dh = g t dt / 4 (CLINICAL.md: one frame at 30 fps, 0.4 s flight -> about 3.3 cm).

/** Standard gravity, m/s^2. */
export const GRAVITY_M_S2 = 9.80665;

export interface JumpHeight {
  readonly heightM: number;
  readonly uncertaintyM: number;
}

export function jumpHeightFromFlight(flightMs: number, frameIntervalMs: number): JumpHeight {
  const t = Math.max(0, flightMs) / 1000;
  const dt = Math.max(0, frameIntervalMs) / 1000;
  return { heightM: (GRAVITY_M_S2 * t * t) / 8, uncertaintyM: (GRAVITY_M_S2 * t * dt) / 4 };
}
