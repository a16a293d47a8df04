// Two-foot jump analyser: counts flights of the lower ankle (both feet off the floor), checks with one detector per
// foot that both feet left the floor, together (stepping or running on alternating feet is not a jump), and grades each jump
// once its landing window has passed. The same code runs live (push per frame) and on a recorded track. It lives in
// the jumps family folder because two tasks use it: the two-foot jump, and the standing long jump, which measures the
// distance of the jumps it settles.
import { ankleYPx, lowerAnkleYPx } from '../../signals/ankle-y.ts';
import { CameraPlacementLog } from '../../signals/camera-placement.ts';
import type { CameraView } from '../../signals/camera-view.ts';
import { FlightPhaseDetector, type Flight } from '../../signals/flight-phase.ts';
import type { FrameHistory } from '../../signals/frame-history.ts';
import type { PoseFrame, SourceInfo } from '../../types.ts';
import type { TaskAnalyzer, TaskEvent, TaskProgress } from '../types.ts';
import type { TwoFootJumpConfig } from './two-foot-constants.ts';
import { feetTiming, FootFlightLog } from './feet-timing.ts';
import { JumpFrames } from './jump-frames.ts';
import { gradeTwoFootJump, type TwoFootJumpRep } from './two-foot-grader.ts';
import { summariseTwoFootJumps, type TwoFootJumpResult } from './two-foot-result.ts';
import { VisibilityLog } from './visibility.ts';
import { checkTakeoff, type PendingFlight } from './takeoff-check.ts';
import { jumpWindows } from './window-stats.ts';

export class TwoFootJumpAnalyzer implements TaskAnalyzer<TwoFootJumpResult> {
  private readonly jumpFrames: JumpFrames;
  private readonly lower: FlightPhaseDetector;
  private readonly leftFoot: FlightPhaseDetector;
  private readonly rightFoot: FlightPhaseDetector;
  private readonly leftLog: FootFlightLog;
  private readonly rightLog: FootFlightLog;
  private readonly visibility = new VisibilityLog();
  private readonly pending: PendingFlight[] = [];
  private readonly reps: TwoFootJumpRep[] = [];
  private rejectedAlternating = 0;
  private rejectedNoHipRise = 0;
  private rejectedCameraUnmeasured = 0;
  private readonly camera: CameraPlacementLog;
  private doubleSupportTMs: number | undefined = Number.NEGATIVE_INFINITY;
  private takeoffDoubleSupportTMs: number | undefined;
  private previousLandingTMs = Number.NEGATIVE_INFINITY;
  private leftFloorTMs = Number.NEGATIVE_INFINITY;
  private rightFloorTMs = Number.NEGATIVE_INFINITY;
  private lastTMs = Number.NaN;
  private lastBodyPx: number | undefined;

  constructor(private readonly source: SourceInfo, private readonly config: TwoFootJumpConfig) {
    this.jumpFrames = new JumpFrames(config.minKeypointScore);
    this.lower = new FlightPhaseDetector(config.flight);
    this.leftFoot = new FlightPhaseDetector(config.flight);
    this.rightFoot = new FlightPhaseDetector(config.flight);
    this.leftLog = new FootFlightLog(config.footFlightsKept);
    this.rightLog = new FootFlightLog(config.footFlightsKept);
    this.camera = new CameraPlacementLog();
  }

  push(frame: PoseFrame): readonly TaskEvent[] {
    const { tMs, keypoints } = frame;
    const s = this.config.minKeypointScore;
    const bodyPx = this.jumpFrames.push(frame);
    this.camera.push(frame);
    if (bodyPx !== undefined) this.lastBodyPx = bodyPx;
    this.visibility.update(keypoints, tMs, s);
    this.lastTMs = tMs;
    const yl = keypoints === null ? undefined : ankleYPx(keypoints, 'left', s);
    const yr = keypoints === null ? undefined : ankleYPx(keypoints, 'right', s);
    const l = this.leftFoot.update(yl, bodyPx, tMs);
    if (l) this.leftLog.add(l);
    const r = this.rightFoot.update(yr, bodyPx, tMs);
    if (r) this.rightLog.add(r);
    this.trackDoubleSupport(yl, yr, tMs);
    const wasInAir = this.lower.inAir;
    const flight = this.lower.update(keypoints === null ? undefined : lowerAnkleYPx(keypoints, s), bodyPx, tMs);
    if (!wasInAir && this.lower.inAir) this.takeoffDoubleSupportTMs = this.doubleSupportTMs;
    if (flight) {
      this.pending.push({ flight, doubleSupportTMs: this.takeoffDoubleSupportTMs, previousLandingTMs: this.previousLandingTMs });
      this.previousLandingTMs = flight.landingTMs;
    }
    return this.pending.length === 0 ? NO_EVENTS : this.settle(tMs, false);
  }

  /** The jumps counted so far (the standing long jump reads them as they settle). */
  get countedReps(): readonly TwoFootJumpRep[] {
    return this.reps;
  }

  /** The recent frames' features (read-only use: the long jump measures foot positions from them). */
  get frames(): FrameHistory {
    return this.jumpFrames.history;
  }

  progress(): TaskProgress {
    return { count: this.reps.length, unit: 'jumps', status: this.visibility.status() };
  }

  snapshot(): TwoFootJumpResult {
    return summariseTwoFootJumps({
      reps: this.reps, rejectedAlternating: this.rejectedAlternating, rejectedNoHipRise: this.rejectedNoHipRise,
      rejectedCameraUnmeasured: this.rejectedCameraUnmeasured, lostFlights: this.lower.lost,
      visibilityFlags: this.visibility.flags(), view: this.view(), childHeightCm: this.source.childHeightCm,
    });
  }

  finish(): TwoFootJumpResult {
    this.settle(this.lastTMs, true);
    return this.snapshot();
  }

  /** Grades the pending flights whose landing window has passed (all of them at the end of the set). */
  private settle(tMs: number, all: boolean): TaskEvent[] {
    const events: TaskEvent[] = [];
    while (this.pending.length > 0) {
      const p = this.pending[0]!;
      const flight = p.flight;
      const windowEnd = flight.landingTMs + this.config.landingWindowMs;
      const nextTakeoff = this.lower.inAir;
      if (!all && tMs < windowEnd && !nextTakeoff) break;
      this.pending.shift();
      if (this.cameraMadeIt(flight)) { this.rejectedCameraUnmeasured++; continue; }
      const windows = jumpWindows(this.jumpFrames.history, flight.takeoffTMs, flight.landingTMs, Math.min(windowEnd, tMs), this.config);
      // Both feet on the floor again after landing (unknown when a foot is unseen; not yet seen at the very end of a
      // recording that stops right after a landing, which keeps the benefit of the doubt).
      const landedOnBoth = this.doubleSupportTMs === undefined || this.doubleSupportTMs >= flight.landingTMs
        || (all && tMs < windowEnd && !nextTakeoff);
      const feet = {
        left: this.leftLog.overlapping(flight.takeoffTMs, flight.landingTMs),
        right: this.rightLog.overlapping(flight.takeoffTMs, flight.landingTMs),
      };
      const verdict = landedOnBoth ? checkTakeoff(p, feet, windows, this.config) : ALTERNATING;
      if (!verdict.ok) {
        if (verdict.reason === 'alternating-feet') this.rejectedAlternating++; else this.rejectedNoHipRise++;
        continue;
      }
      const timing = feetTiming(feet.left, feet.right);
      const rep = gradeTwoFootJump({
        index: this.reps.length + 1, flight, timing, windows, view: this.view(),
        frameIntervalMs: 1000 / this.source.fps, childHeightCm: this.source.childHeightCm, history: this.jumpFrames.history,
      }, this.config);
      this.reps.push(rep);
      events.push({ kind: 'rep', tMs: flight.landingTMs, message: `Jump ${rep.index}` });
    }
    return events;
  }

  /**
   * Both feet seen on the floor: the double support that every two-foot take-off starts from and landing ends in.
   * At 15 fps a rope skipper's contact can last one frame, with the two feet's single-frame contacts in neighbouring
   * frames: contacts within 1.5 frame intervals of each other count as together (a run's flight parts them by more).
   */
  private trackDoubleSupport(yl: number | undefined, yr: number | undefined, tMs: number): void {
    if (yl === undefined || yr === undefined) {
      // One foot unseen on the floor: double support is unknown (the jump is counted, its feet timing not measured).
      if ((yl !== undefined || yr !== undefined) && !this.lower.inAir) this.doubleSupportTMs = undefined;
      return;
    }
    if (!this.leftFoot.inAir) this.leftFloorTMs = tMs;
    if (!this.rightFoot.inAir) this.rightFloorTMs = tMs;
    const latest = Math.max(this.leftFloorTMs, this.rightFloorTMs);
    if (latest === tMs && Math.abs(this.leftFloorTMs - this.rightFloorTMs) <= (1.5 * 1000) / this.source.fps) this.doubleSupportTMs = tMs;
  }

  /**
   * A flight the camera may have made: its rise, less the largest step the picture may have taken unmeasured on its
   * frames (from the floor frame before take-off to the one after landing; signals/camera-placement.ts), no longer
   * reaches the rise that starts a flight. That step was not taken off the feet, so only the rest is known to be the
   * child's. No new threshold: the flight's own, against what the camera could have added.
   */
  private cameraMadeIt(flight: Flight): boolean {
    if (this.lastBodyPx === undefined) return false;
    const frameMs = 1000 / this.source.fps;
    const driftNorm = this.camera.unmeasuredDriftPx(flight.takeoffTMs - frameMs, flight.landingTMs + frameMs) / this.lastBodyPx;
    return driftNorm > 0 && flight.peakRiseNorm - driftNorm < this.config.flight.enterRiseNorm;
  }

  private view(): CameraView | undefined {
    return this.jumpFrames.view();
  }
}

const NO_EVENTS: readonly TaskEvent[] = [];
const ALTERNATING = { ok: false, reason: 'alternating-feet' } as const;
