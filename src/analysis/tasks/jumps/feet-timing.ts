// Take-off and landing asymmetry between the feet: each foot has its own flight detector; the foot flights that
// overlap a two-foot flight tell when each foot left and touched down.
import type { Flight } from '../../signals/flight-phase.ts';

export interface FeetTiming {
  /** Right minus left take-off time, ms (positive: the left foot left first); undefined when a foot was not seen. */
  readonly takeoffSpreadMs: number | undefined;
  readonly landingSpreadMs: number | undefined;
}

/** Keeps the last few flights of one foot. */
export class FootFlightLog {
  private readonly flights: Flight[] = [];

  /** kept: flights remembered (the config's footFlightsKept). */
  constructor(private readonly kept: number) {}

  add(flight: Flight): void {
    this.flights.push(flight);
    if (this.flights.length > this.kept) this.flights.shift();
  }

  /** The flight of this foot that overlaps [fromTMs, toTMs] the most, if any. */
  overlapping(fromTMs: number, toTMs: number): Flight | undefined {
    let best: Flight | undefined;
    let bestOverlap = 0;
    for (const f of this.flights) {
      const overlap = Math.min(f.landingTMs, toTMs) - Math.max(f.takeoffTMs, fromTMs);
      if (overlap > bestOverlap) { best = f; bestOverlap = overlap; }
    }
    return best;
  }
}

/** Take-off and landing spreads from the two feet's own flights that overlap the two-foot flight. */
export function feetTiming(l: Flight | undefined, r: Flight | undefined): FeetTiming {
  if (l === undefined || r === undefined) return { takeoffSpreadMs: undefined, landingSpreadMs: undefined };
  return { takeoffSpreadMs: r.takeoffTMs - l.takeoffTMs, landingSpreadMs: r.landingTMs - l.landingTMs };
}
