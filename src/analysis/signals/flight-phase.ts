// Flight phases of one vertical position signal (an ankle, or the lower of the two ankles): hysteresis with a separate
// take-off threshold (rise above the last ground level) and landing rule (fallen back most of the way), both in body
// heights, so that keypoint jitter never makes or loses a flight. Take-off and landing times are interpolated where
// the rise crosses a low "contact" level, the same on the way up and down, so flight time is symmetric.

export interface FlightPhaseConfig {
  /** Rise above the ground level that starts a flight, body heights. */
  readonly enterRiseNorm: number;
  /** Rise at which the foot counts as touching the ground, body heights (timing level for take-off and landing). */
  readonly contactRiseNorm: number;
  /** Share of the peak rise that must be lost before a landing is accepted, 0..1. */
  readonly exitFallFraction: number;
  /** Time constant with which the ground level follows a foot that stays higher (camera drift), s. */
  readonly groundLeakS: number;
  /** Longest gap without the signal that keeps the current phase, ms; longer gaps drop a flight in progress. */
  readonly maxGapMs: number;
}

export interface Flight {
  readonly takeoffTMs: number;
  readonly landingTMs: number;
  readonly peakTMs: number;
  /** Highest rise above the take-off ground level, body heights. */
  readonly peakRiseNorm: number;
  /** True when the signal was missing for some frames of the flight (timing less certain). */
  readonly hadGap: boolean;
}

type Phase = 'ground' | 'air' | 'descending';
const NOT_FALLING_NORM = 0.002; // a rise that stops falling by less than this counts as landed (jitter floor)

export class FlightPhaseDetector {
  private phase: Phase = 'ground';
  private groundY: number | undefined;
  private lastT = Number.NaN;
  private lastSeenT = Number.NaN;
  private lastRise = 0;
  private lowT = Number.NaN;
  private lowRise = 0;
  private crossUpT: number | undefined;
  private takeoffT = 0;
  private peakRise = 0;
  private peakT = 0;
  private gap = false;
  /** The signal went missing since the foot was last seen on the floor (a gap at take-off). */
  private gapSinceContact = false;
  private lostFlights = 0;

  constructor(private readonly config: FlightPhaseConfig) {}

  get inAir(): boolean {
    return this.phase !== 'ground';
  }

  /** Flights dropped because the signal vanished for longer than maxGapMs. */
  get lost(): number {
    return this.lostFlights;
  }

  /** Feeds one sample (yPx undefined when not visible). Returns a flight when one has just landed. */
  update(yPx: number | undefined, bodyPx: number | undefined, tMs: number): Flight | undefined {
    if (yPx === undefined || bodyPx === undefined || !(bodyPx > 0)) {
      if (this.phase !== 'ground' && tMs - this.lastSeenT > this.config.maxGapMs) {
        this.lostFlights++;
        this.resetGround(undefined);
      }
      if (this.phase !== 'ground') this.gap = true; else this.gapSinceContact = true;
      return undefined;
    }
    if (tMs - this.lastSeenT > this.config.maxGapMs) this.resetGround(yPx);
    this.lastSeenT = tMs;
    const flight = this.phase === 'ground' ? this.onGround(yPx, bodyPx, tMs) : this.inFlight(yPx, bodyPx, tMs);
    this.lastT = tMs;
    return flight;
  }

  private onGround(y: number, body: number, t: number): undefined {
    const c = this.config;
    if (this.groundY === undefined || y > this.groundY) this.groundY = y;
    else if (Number.isFinite(this.lastT)) this.groundY += (y - this.groundY) * Math.min(1, (t - this.lastT) / 1000 / c.groundLeakS);
    const rise = (this.groundY - y) / body;
    if (rise <= c.contactRiseNorm) {
      this.lowT = t; this.lowRise = rise; this.crossUpT = undefined; this.gapSinceContact = false;
    } else if (this.crossUpT === undefined) {
      this.crossUpT = Number.isFinite(this.lowT) ? crossingT(this.lowT, this.lowRise, t, rise, c.contactRiseNorm) : t;
    }
    if (rise >= c.enterRiseNorm) {
      this.phase = 'air';
      this.takeoffT = this.crossUpT ?? t;
      this.peakRise = rise; this.peakT = t; this.gap = this.gapSinceContact;
    }
    this.lastRise = rise;
    return undefined;
  }

  private inFlight(y: number, body: number, t: number): Flight | undefined {
    const c = this.config;
    const rise = ((this.groundY ?? y) - y) / body;
    if (this.phase === 'air') {
      if (rise > this.peakRise) { this.peakRise = rise; this.peakT = t; }
      else if (rise <= this.peakRise * (1 - c.exitFallFraction)) this.phase = 'descending';
    }
    if (this.phase === 'descending') {
      if (rise <= c.contactRiseNorm) return this.land(crossingT(this.lastT, this.lastRise, t, rise, c.contactRiseNorm), y);
      if (rise >= this.lastRise - NOT_FALLING_NORM && this.lastRise <= this.peakRise * (1 - c.exitFallFraction)) {
        return this.land(this.lastT, y);
      }
    }
    this.lastRise = rise;
    return undefined;
  }

  private land(landingT: number, y: number): Flight {
    const flight: Flight = { takeoffTMs: this.takeoffT, landingTMs: landingT, peakTMs: this.peakT, peakRiseNorm: this.peakRise, hadGap: this.gap };
    this.resetGround(y);
    return flight;
  }

  private resetGround(y: number | undefined): void {
    this.phase = 'ground';
    this.groundY = y;
    this.lowT = Number.NaN; this.lowRise = 0; this.crossUpT = undefined; this.lastRise = 0; this.gap = false;
    this.gapSinceContact = false;
  }
}

/** Time at which a linear segment from (t0, v0) to (t1, v1) crosses level; the nearer end when it does not. */
function crossingT(t0: number, v0: number, t1: number, v1: number, level: number): number {
  if (!Number.isFinite(t0) || v1 === v0) return t1;
  const f = (level - v0) / (v1 - v0);
  return t0 + Math.max(0, Math.min(1, f)) * (t1 - t0);
}
