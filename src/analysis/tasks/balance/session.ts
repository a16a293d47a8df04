// The protocol layer shared by the balance stances: it feeds frames to a stance's hold tracker and applies the chosen
// protocol. "longest-hold" times every attempt; "timed-trial" (BESS) runs one trial of trialDurationMs from the first
// hold, adds "out of position" errors and scores the trial. It also keeps the recording's data-quality figures.
import { balanceFrame, type BalanceFrame, type BalanceFrameOptions } from '../../signals/balance-frame.ts';
import type { PoseFrame, SourceInfo } from '../../types.ts';
import type { TaskEvent, TaskProgress } from '../types.ts';
import { validateBalanceProtocol, type BalanceHoldConfig, type BalanceProtocol } from './constants.ts';
import { bessErrorScore, holdFlags } from './grader.ts';
import type { BalanceError, HoldCore, HoldEndReason } from './types.ts';

export interface TrackerUpdate<H> {
  readonly started?: { readonly startMs: number; readonly message: string };
  readonly ended?: H;
  readonly errors: readonly BalanceError[];
}

/** A stance's hold state machine (single-leg: hold-tracker.ts; tandem: tandem-stance/tandem-tracker.ts). */
export interface StanceTracker<H extends HoldCore> {
  readonly holding: boolean;
  readonly holdStartMs: number | undefined;
  push(f: BalanceFrame): TrackerUpdate<H>;
  /** Ends the running hold at endMs; keep: leave the tracker as it is (a result asked for mid-recording). */
  close(endMs: number, reason: HoldEndReason, keep?: boolean): H | undefined;
  holdingStatus(): string;
}

/** How a stance reads its frames: its keypoint score cut and the image size, from its config and the source. */
export function balanceFrameOptions(cfg: Pick<BalanceHoldConfig, 'minKeypointScore' | 'handsOffHipsNorm'>,
  source: Pick<SourceInfo, 'width' | 'height'>): BalanceFrameOptions {
  return {
    minScore: cfg.minKeypointScore, widthPx: source.width, heightPx: source.height,
    // A hand hanging below its hip is off the hips: any value above the threshold says so.
    handsOffBelowNorm: 2 * cfg.handsOffHipsNorm,
  };
}

/** A stance's run as every stance sets it up: its protocol (validated), its hold tracker and the protocol session. */
export function startStance<H extends HoldCore, T extends StanceTracker<H>>(cfg: BalanceHoldConfig, source: SourceInfo,
  protocolName: string | undefined, makeTracker: (frameIntervalMs: number, timedTrial: boolean) => T,
): { readonly protocol: BalanceProtocol; readonly tracker: T; readonly session: StanceSession<H> } {
  const protocol = validateBalanceProtocol(protocolName);
  const tracker = makeTracker(1000 / source.fps, protocol === 'timed-trial');
  return { protocol, tracker, session: new StanceSession(tracker, protocol, cfg, balanceFrameOptions(cfg, source)) };
}

export type SessionConfig = Pick<BalanceHoldConfig, 'trialDurationMs' | 'outOfPositionMs' | 'maxTrialErrors' | 'simultaneousErrorMs'>;

export interface SessionSummary<H> {
  readonly holds: readonly H[];
  readonly errors: readonly BalanceError[];
  readonly errorScore: number | null;
  readonly flags: string[];
}

export class StanceSession<H extends HoldCore> {
  private readonly holds: H[] = [];
  private readonly outOfPosition: BalanceError[] = [];
  first: BalanceFrame | undefined;
  frames = 0;
  private lastTMs = 0; private legsMissingMs = 0; private lastSeen = true;
  private trialStartMs: number | undefined; private trialDone = false;
  private downSinceMs: number | undefined;

  constructor(private readonly tracker: StanceTracker<H>, private readonly protocol: BalanceProtocol,
    private readonly cfg: SessionConfig, private readonly frameOptions: BalanceFrameOptions) {}

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

  private apply(update: TrackerUpdate<H>, events: TaskEvent[]): void {
    if (update.started) {
      if (this.protocol === 'timed-trial') this.trialStartMs ??= update.started.startMs;
      this.downSinceMs = undefined;
      events.push({ kind: 'hold-start', tMs: update.started.startMs, message: update.started.message });
    }
    if (this.tracker.holding) {
      for (const e of update.errors) events.push({ kind: 'error', tMs: e.tMs, message: `Error: ${e.kind}` });
    }
    if (update.ended) this.addHold(update.ended, events);
  }

  private addHold(hold: H, events: TaskEvent[]): void {
    this.holds.push(hold);
    this.downSinceMs = hold.endMs;
    events.push({ kind: 'hold-end', tMs: hold.endMs,
      message: `Hold ${this.holds.length}: ${hold.durationS.toFixed(1)} s (${hold.endReason})` });
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
    if (startMs !== undefined) return { count: round1((this.lastTMs - startMs) / 1000), unit: 's held', status: this.tracker.holdingStatus() };
    const longest = Math.max(0, ...this.holds.map((h) => h.durationS));
    return { count: round1(longest), unit: 's held', status: this.lastSeen ? 'not in the stance' : 'legs not visible' };
  }

  /** Everything so far; a hold still running is included, ended "end of recording" (the tracker is left as it is). */
  summary(): SessionSummary<H> {
    const running = this.trialDone ? undefined : this.tracker.close(this.lastTMs, 'end of recording', true);
    const holds = running ? [...this.holds, running] : [...this.holds];
    const errors = [...holds.flatMap((h) => h.errors), ...this.outOfPosition].sort((a, b) => a.tMs - b.tMs);
    const flags = holdFlags(holds, this.legsMissingMs, this.frames);
    if (this.protocol === 'timed-trial' && this.trialStartMs !== undefined && !this.trialDone) {
      flags.push(`trial cut short: the recording ended ${round1((this.lastTMs - this.trialStartMs) / 1000)} s into a ` +
        `${this.cfg.trialDurationMs / 1000} s trial`);
    }
    return { holds, errors, errorScore: this.protocol === 'timed-trial' ? bessErrorScore(errors, this.cfg) : null, flags };
  }
}

const round1 = (v: number): number => Math.round(v * 10) / 10;
