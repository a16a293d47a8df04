// Hop analyser: flights of the lower ankle in which the other foot stayed off the floor from before take-off to after
// landing, on the same support foot. Running or stepping on alternating feet lands on the other foot, so it never
// makes a hop. Consecutive hops on one foot form a run (a TGMD-3 trial).
import { lowerAnkleYPx } from '../../signals/ankle-y.ts';
import { BodyHeightTracker } from '../../signals/body-height-tracker.ts';
import { cameraViewOf } from '../../signals/camera-view.ts';
import { FlightPhaseDetector, type Flight } from '../../signals/flight-phase.ts';
import { FrameHistory } from '../../signals/frame-history.ts';
import { jumpHeightFromFlight } from '../../signals/jump-height.ts';
import type { PoseFrame, SourceInfo } from '../../types.ts';
import { round } from '../two-foot-jump/summary.ts';
import { windowStats } from '../two-foot-jump/window-stats.ts';
import type { TaskAnalyzer, TaskEvent, TaskProgress } from '../types.ts';
import type { HopConfig } from './constants.ts';
import { hopWindow } from './hop-window.ts';
import { HopRuns, summariseHops, type HopRep, type HopResult } from './result.ts';

const HISTORY_FRAMES = 256;

export class HopAnalyzer implements TaskAnalyzer<HopResult> {
  private readonly body: BodyHeightTracker;
  private readonly lower: FlightPhaseDetector;
  private readonly history = new FrameHistory(HISTORY_FRAMES);
  private readonly pending: Flight[] = [];
  private readonly runs: HopRuns;
  private rejected = { notHeld: 0, noHipRise: 0 };
  private sideFrames = 0;
  private frontFrames = 0;

  constructor(private readonly source: SourceInfo, private readonly config: HopConfig) {
    this.body = new BodyHeightTracker(config.minKeypointScore);
    this.lower = new FlightPhaseDetector(config.flight);
    this.runs = new HopRuns(config);
  }

  push(frame: PoseFrame): readonly TaskEvent[] {
    const { tMs, keypoints } = frame;
    const s = this.config.minKeypointScore;
    const bodyPx = this.body.update(keypoints, tMs);
    this.history.push(keypoints, tMs, bodyPx, s);
    const view = keypoints === null ? undefined : cameraViewOf(keypoints, s);
    if (view === 'side') this.sideFrames++; else if (view === 'front') this.frontFrames++;
    const flight = this.lower.update(keypoints === null ? undefined : lowerAnkleYPx(keypoints, s), bodyPx, tMs);
    if (flight) this.pending.push(flight);
    return this.pending.length === 0 ? NO_EVENTS : this.settle(tMs, false);
  }

  progress(): TaskProgress {
    return { count: this.runs.count, unit: 'hops', status: this.runs.status() };
  }

  snapshot(): HopResult {
    return summariseHops(this.runs, this.rejected, this.sideFrames > this.frontFrames ? 'side' : 'front');
  }

  finish(): HopResult {
    this.settle(this.history.lastTMs, true);
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
    const w = hopWindow(this.history, f.takeoffTMs - c.holdMarginMs, f.landingTMs + c.holdMarginMs);
    if (w.support === undefined || w.minFreeLiftNorm === undefined || w.minFreeLiftNorm < c.freeFootMinLiftNorm) {
      this.rejected.notHeld++;
      return undefined;
    }
    const prep = windowStats(this.history, f.takeoffTMs - 600, f.takeoffTMs);
    const air = windowStats(this.history, f.takeoffTMs, f.landingTMs);
    if (prep.maxHipY !== undefined && air.minHipY !== undefined && prep.bodyPx !== undefined
      && (prep.maxHipY - air.minHipY) / prep.bodyPx < c.minHipRiseNorm) {
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
    const between = last === undefined ? undefined : hopWindow(this.history, last, f.takeoffTMs);
    const held = between !== undefined && between.support === w.support && (between.minFreeLiftNorm ?? 0) >= c.freeFootMinLiftNorm;
    this.runs.add(rep, w, held);
    return rep;
  }
}

const NO_EVENTS: readonly TaskEvent[] = [];
