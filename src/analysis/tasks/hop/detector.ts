// Hop analyser: flights of the lower ankle in which the other foot stayed off the floor from before take-off to after
// landing, on the same support foot. Running or stepping on alternating feet lands on the other foot, so it never
// makes a hop. Consecutive hops on one foot form a run (a TGMD-3 trial).
import { lowerAnkleYPx } from '../../signals/ankle-y.ts';
import { FlightPhaseDetector, type Flight } from '../../signals/flight-phase.ts';
import { jumpHeightFromFlight } from '../../signals/jump-height.ts';
import type { PoseFrame, SourceInfo } from '../../types.ts';
import { round } from '../jumps/summary.ts';
import { JumpFrames } from '../jumps/jump-frames.ts';
import { hipRiseNorm, windowStats } from '../jumps/window-stats.ts';
import type { TaskAnalyzer, TaskEvent, TaskProgress } from '../types.ts';
import type { HopConfig } from './constants.ts';
import { hopWindow } from './hop-window.ts';
import { HopRuns, summariseHops, type HopRep, type HopResult } from './result.ts';

export class HopAnalyzer implements TaskAnalyzer<HopResult> {
  private readonly frames: JumpFrames;
  private readonly lower: FlightPhaseDetector;
  private readonly pending: Flight[] = [];
  private readonly runs: HopRuns;
  private rejected = { notHeld: 0, noHipRise: 0 };

  constructor(private readonly source: SourceInfo, private readonly config: HopConfig) {
    this.frames = new JumpFrames(config.minKeypointScore);
    this.lower = new FlightPhaseDetector(config.flight);
    this.runs = new HopRuns(config);
  }

  push(frame: PoseFrame): readonly TaskEvent[] {
    const { tMs, keypoints } = frame;
    const bodyPx = this.frames.push(frame);
    const flight = this.lower.update(keypoints === null ? undefined : lowerAnkleYPx(keypoints, this.config.minKeypointScore), bodyPx, tMs);
    if (flight) this.pending.push(flight);
    return this.pending.length === 0 ? NO_EVENTS : this.settle(tMs, false);
  }

  progress(): TaskProgress {
    return { count: this.runs.count, unit: 'hops', status: this.runs.status() };
  }

  snapshot(): HopResult {
    return summariseHops(this.runs, this.rejected, this.frames.view() ?? 'front');
  }

  finish(): HopResult {
    this.settle(this.frames.history.lastTMs, true);
    return this.snapshot();
  }

  private settle(tMs: number, all: boolean): TaskEvent[] {
    const events: TaskEvent[] = [];
    while (this.pending.length > 0) {
      const f = this.pending[0]!;
      if (!all && tMs < f.landingTMs + this.config.holdMarginMs) break;
      this.pending.shift();
      const rep = this.judge(f);
      if (rep) events.push({ kind: 'rep', tMs: f.landingTMs, message: `Hop ${this.runs.count} (${rep.support} foot)` });
    }
    return events;
  }

  private judge(f: Flight): HopRep | undefined {
    const c = this.config;
    const history = this.frames.history;
    const w = hopWindow(history, f.takeoffTMs - c.holdMarginMs, f.landingTMs + c.holdMarginMs);
    if (w.support === undefined || w.minFreeLiftNorm === undefined || w.minFreeLiftNorm < c.freeFootMinLiftNorm) {
      this.rejected.notHeld++;
      return undefined;
    }
    const rise = hipRiseNorm(windowStats(history, f.takeoffTMs - c.preparationWindowMs, f.takeoffTMs),
      windowStats(history, f.takeoffTMs, f.landingTMs));
    if (rise !== undefined && rise < c.minHipRiseNorm) {
      this.rejected.noHipRise++;
      return undefined;
    }
    const flightMs = f.landingTMs - f.takeoffTMs;
    const h = jumpHeightFromFlight(flightMs, 1000 / this.source.fps);
    const rep: HopRep = {
      index: this.runs.count + 1, support: w.support, takeoffTMs: round(f.takeoffTMs, 1), landingTMs: round(f.landingTMs, 1),
      flightMs: { value: round(flightMs, 1), plusMinus: round(1000 / this.source.fps, 1) },
      heightCm: { value: round(h.heightM * 100, 2), plusMinus: round(h.uncertaintyM * 100, 2) },
      freeFootLiftNorm: round(w.minFreeLiftNorm, 3), flags: f.hadGap ? ['ankles not visible for part of the hop'] : [],
    };
    // The run goes on only if the free foot stayed up since the previous hop's landing.
    const last = this.runs.lastLandingTMs;
    const between = last === undefined ? undefined : hopWindow(history, last, f.takeoffTMs);
    const held = between !== undefined && between.support === w.support && (between.minFreeLiftNorm ?? 0) >= c.freeFootMinLiftNorm;
    this.runs.add(rep, w, held);
    return rep;
  }
}

const NO_EVENTS: readonly TaskEvent[] = [];
