// The single-leg stance analyser: feeds each frame to the hold tracker and applies the protocol. "longest-hold" times
// every attempt; "timed-trial" (BESS) runs one trial of trialDurationMs from the first hold and scores its errors.
import { balanceFrame, type BalanceFrameOptions } from '../../signals/balance-frame.ts';
import type { PoseFrame, SourceInfo } from '../../types.ts';
import type { TaskAnalyzer, TaskEvent, TaskOptions, TaskProgress } from '../types.ts';
import { validateSingleLegProtocol, validateSingleLegStanceConfig, type SingleLegProtocol, type SingleLegStanceConfig } from './constants.ts';
import { HoldTracker, type TrackerUpdate } from './hold-tracker.ts';
import { classifyStill } from './still.ts';
import { bessErrorScore, holdFlags, longestPerLeg } from './grader.ts';
import type { BalanceError, BalanceHold, SingleLegStanceResult } from './types.ts';
import type { BalanceFrame } from '../../signals/balance-frame.ts';

class SingleLegStanceAnalyzer implements TaskAnalyzer<SingleLegStanceResult> {
  private readonly cfg: SingleLegStanceConfig;
  private readonly protocol: SingleLegProtocol;
  private readonly frameOptions: BalanceFrameOptions;
  private readonly tracker: HoldTracker;
  private readonly holds: BalanceHold[] = [];
  private readonly outOfPosition: BalanceError[] = [];
  private first: BalanceFrame | undefined;
  private frames = 0; private lastTMs = 0; private legsMissingMs = 0; private lastSeen = true;
  private trialStartMs: number | undefined; private trialDone = false;
  private downSinceMs: number | undefined;

  constructor(source: SourceInfo, options: TaskOptions = {}) {
    this.cfg = validateSingleLegStanceConfig(options.config);
    this.protocol = validateSingleLegProtocol(options.protocol);
    this.frameOptions = { minScore: this.cfg.minKeypointScore, widthPx: source.width, heightPx: source.height,
      // A hand hanging below its hip is off the hips: any value above the threshold says so.
      handsOffBelowNorm: 2 * this.cfg.handsOffHipsNorm };
    this.tracker = new HoldTracker(this.cfg, 1000 / source.fps, this.protocol === 'timed-trial');
  }

  push(frame: PoseFrame): readonly TaskEvent[] {
    if (this.trialDone) return [];
    const f = balanceFrame(frame, this.frameOptions);
    if (this.frames > 0 && !this.lastSeen) this.legsMissingMs += f.tMs - this.lastTMs;
    this.frames++; this.lastTMs = f.tMs; this.lastSeen = f.legsSeen; this.first ??= f;
    const events: TaskEvent[] = [];
    if (this.trialStartMs !== undefined && f.tMs >= this.trialStartMs + this.cfg.trialDurationMs) {
      const hold = this.tracker.close(this.trialStartMs + this.cfg.trialDurationMs, 'trial complete');
      if (hold) this.addHold(hold, events);
      this.trialDone = true;
      events.push({ kind: 'trial-end', tMs: f.tMs, message: 'Trial complete' });
      return events;
    }
    this.apply(this.tracker.push(f), events);
    this.checkOutOfPosition(f.tMs, events);
    return events;
  }

  private apply(update: TrackerUpdate, events: TaskEvent[]): void {
    if (update.started) {
      if (this.protocol === 'timed-trial') this.trialStartMs ??= update.started.startMs;
      this.downSinceMs = undefined;
      events.push({ kind: 'hold-start', tMs: update.started.startMs, message: `Hold on the ${update.started.standingLeg} leg` });
    }
    if (this.tracker.holding) {
      for (const e of update.errors) events.push({ kind: 'error', tMs: e.tMs, message: `Error: ${e.kind}` });
    }
    if (update.ended) this.addHold(update.ended, events);
  }

  private addHold(hold: BalanceHold, events: TaskEvent[]): void {
    this.holds.push(hold);
    this.downSinceMs = hold.endMs;
    events.push({ kind: 'hold-end', tMs: hold.endMs,
      message: `Hold ${this.holds.length}: ${hold.durationS.toFixed(1)} s on the ${hold.standingLeg} leg (${hold.endReason})` });
  }

  /** BESS: off the test position for more than outOfPositionMs is one more error (once per time off). */
  private checkOutOfPosition(tMs: number, events: TaskEvent[]): void {
    if (this.trialStartMs === undefined || this.downSinceMs === undefined || this.tracker.holding) return;
    if (tMs - this.downSinceMs < this.cfg.outOfPositionMs) return;
    const error: BalanceError = { tMs: this.downSinceMs + this.cfg.outOfPositionMs, kind: 'out of position' };
    this.outOfPosition.push(error);
    this.downSinceMs = undefined;
    events.push({ kind: 'error', tMs: error.tMs, message: 'Error: out of position' });
  }

  progress(): TaskProgress {
    const startMs = this.tracker.holdStartMs;
    if (startMs !== undefined) {
      return { count: round1((this.lastTMs - startMs) / 1000), unit: 's held',
        status: `holding on the ${this.tracker.liftedSide === 'left' ? 'right' : 'left'} leg` };
    }
    const longest = Math.max(0, ...this.holds.map((h) => h.durationS));
    return { count: round1(longest), unit: 's held', status: this.lastSeen ? 'both feet down' : 'legs not visible' };
  }

  finish(): SingleLegStanceResult {
    if (this.frames === 1 && this.first) return this.finishStill(this.first);
    const running = this.trialDone ? undefined : this.tracker.close(this.lastTMs, 'end of recording', true);
    const holds = running ? [...this.holds, running] : [...this.holds];
    const errors = [...holds.flatMap((h) => h.errors), ...this.outOfPosition].sort((a, b) => a.tMs - b.tMs);
    const flags = holdFlags(holds, this.legsMissingMs, this.frames);
    if (this.protocol === 'timed-trial' && this.trialStartMs !== undefined && !this.trialDone) {
      flags.push(`trial cut short: the recording ended ${round1((this.lastTMs - this.trialStartMs) / 1000)} s into a ` +
        `${this.cfg.trialDurationMs / 1000} s trial`);
    }
    return {
      task: 'single-leg-stance', protocol: this.protocol, holds, longestHoldS: longestPerLeg(holds), errors,
      errorScore: this.protocol === 'timed-trial' ? bessErrorScore(errors, this.cfg) : null, flags,
    };
  }

  private finishStill(f: BalanceFrame): SingleLegStanceResult {
    const verdict = classifyStill(f, this.cfg);
    return {
      task: 'single-leg-stance', protocol: this.protocol, holds: [], longestHoldS: { left: null, right: null }, errors: [],
      errorScore: null, flags: ['a single frame: stance classified, no hold timed', ...verdict.flags],
      stance: verdict.stance, standingLeg: verdict.standingLeg,
    };
  }
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

export function createSingleLegStanceAnalyzer(source: SourceInfo, options?: TaskOptions): TaskAnalyzer<SingleLegStanceResult> {
  return new SingleLegStanceAnalyzer(source, options);
}
