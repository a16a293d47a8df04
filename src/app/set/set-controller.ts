// The live set's controller: it sits between the camera's frames and the task runner. Before a trial it judges each
// frame with the setup check (the start button waits for the gate's 1 s); then a countdown; then frames go to the
// task's analyser while the child is in the picture and the tab is shown, and nowhere while paused, so nothing is
// counted then. In protocol mode (therapist default) it walks demonstration -> practice -> scored trials, each trial
// its own saved session; free play (family default) is one trial until stop. Time comes from an injected clock.
import { signal } from '@preact/signals';
import {
  createPresenceTracker, createSetupGate, DEFAULT_SETUP_CONFIG, evaluateSetup, type GateView, type PoseFrame, type TaskResultBase,
} from '../../analysis/index.ts';
import type { LiveSetRecord } from '../../records/index.ts';
import type { PauseReason, SetActions, SetOptions, SetPhase, SetView, TrialOutcome, TrialStep } from '../../ui/index.ts';
import type { FrameSink, RunStart, SessionPlan } from '../task-run.ts';

/** Seconds counted down before a trial starts. Source: the usual "3, 2, 1, go"; reason: time to get into place. */
export const COUNTDOWN_S = 3;
/**
 * Scored trials of the test protocol unless the task says otherwise. Source: TGMD-3 (CLINICAL.md), two trials per
 * skill after one practice trial; issue 13: "2 by default, configurable per task".
 */
export const DEFAULT_SCORED_TRIALS = 2;

export interface SetClock {
  /** Calls fn after ms; returns a cancel function. */
  after(ms: number, fn: () => void): () => void;
}

export interface SetControllerDeps {
  /** The task runner's sink: one begin/end per trial. */
  readonly runner: FrameSink;
  /** The runner's outcome of the trial just ended (its result), read after end('complete'). */
  readonly lastResult: () => TaskResultBase | null;
  readonly clock: SetClock;
  /** Start, each second of the countdown, and end (sound and speech cues). */
  readonly cue?: (what: 'countdown' | 'start' | 'end' | 'pause', n?: number) => void;
}

export const stepLabel = (s: TrialStep): string => s.kind === 'practice' ? 'Practice' : s.kind === 'scored' ? `Trial ${s.trial}` : 'Free play';

/** What is saved with a trial's session (a practice trial is not saved at all). */
const liveRecord = (s: TrialStep, scoredTrials: number, setupOverride: boolean): LiveSetRecord | null =>
  s.kind === 'practice' ? null
    : { step: s.kind, trial: s.kind === 'scored' ? s.trial : null, scoredTrials: s.kind === 'scored' ? scoredTrials : null, setupOverride };

export function createSetController(deps: SetControllerDeps) {
  const phase = signal<SetPhase>('setup');
  const step = signal<TrialStep>({ kind: 'free' });
  const gate = signal<GateView>({ state: 'blocked', reason: null, heldMs: 0 });
  const countdown = signal(0);
  const pauseReason = signal<PauseReason | null>(null);
  const trials = signal<readonly TrialOutcome[]>([]);
  const overridden = signal(false);
  /** The set opened last (null before the first). */
  let options: SetOptions | null = null;
  let start: RunStart | null = null;
  let hidden = false;
  let cancelCountdown: (() => void) | null = null;
  const setupGate = createSetupGate();
  const presence = createPresenceTracker();

  const scoredTrials = () => options?.scoredTrials ?? options?.task.live?.scoredTrials ?? DEFAULT_SCORED_TRIALS;
  let setupConfig = DEFAULT_SETUP_CONFIG;

  const enterSetup = (next: TrialStep) => {
    step.value = next;
    phase.value = 'setup';
    setupGate.reset();
    gate.value = { state: 'blocked', reason: null, heldMs: 0 };
  };

  const beginTrial = () => {
    if (!start) return;
    presence.reset();
    pauseReason.value = null;
    const s = step.value;
    // A practice trial is shown, never saved: the manual scores only the trials after it.
    const session: SessionPlan = { save: s.kind !== 'practice', live: liveRecord(s, scoredTrials(), overridden.value) };
    deps.runner.begin({ ...start, session });
    phase.value = hidden ? 'paused' : 'running';
    if (hidden) pauseReason.value = 'hidden';
    deps.cue?.('start');
  };

  const tick = (n: number) => {
    countdown.value = n;
    if (n === 0) { cancelCountdown = null; beginTrial(); return; }
    deps.cue?.('countdown', n);
    cancelCountdown = deps.clock.after(1000, () => tick(n - 1));
  };

  const judgeSetup = (frame: PoseFrame, width: number, height: number) => {
    gate.value = setupGate.push(frame.tMs, evaluateSetup(frame, { width, height, luma: frame.luma }, setupConfig));
  };

  const runFrame = (frame: PoseFrame, width: number, height: number) => {
    const present = presence.push(frame);
    const was = phase.value;
    if (hidden) { phase.value = 'paused'; pauseReason.value = 'hidden'; }
    else if (!present) { phase.value = 'paused'; pauseReason.value = 'left'; }
    else { phase.value = 'running'; pauseReason.value = null; }
    if (was === 'running' && phase.value === 'paused') deps.cue?.('pause');
    if (phase.value === 'running') deps.runner.frame(frame, width, height);
  };

  const nextAfter = (s: TrialStep): TrialStep | null => {
    if (s.kind === 'practice') return { kind: 'scored', trial: 1 };
    if (s.kind === 'scored' && s.trial < scoredTrials()) return { kind: 'scored', trial: s.trial + 1 };
    return null;
  };

  /** A video file is analysed whole, as before: no setup check, countdown or pause between it and the runner. */
  let fileRun = false;
  const sink: FrameSink = {
    begin(runStart) {
      fileRun = runStart.source === 'file';
      if (fileRun) { deps.runner.begin(runStart); return; }
      start = runStart;
      hidden = false;
    },
    frame(frame, width, height) {
      if (fileRun) { deps.runner.frame(frame, width, height); return; }
      const p = phase.value;
      if (p === 'running' || p === 'paused') runFrame(frame, width, height);
      else if (p === 'setup' || p === 'demo') judgeSetup(frame, width, height);
    },
    end(how) {
      if (fileRun) { fileRun = false; deps.runner.end(how); return; }
      // The camera stopped (stop button or leaving the screen): a running trial ends as the person chose.
      cancelCountdown?.();
      cancelCountdown = null;
      if (phase.value === 'running' || phase.value === 'paused') { deps.runner.end(how); phase.value = 'done'; }
      start = null;
    },
  };

  const view: SetView = {
      phase: phase,
      step: step,
      gate: gate,
      countdown: countdown,
      pauseReason: pauseReason,
      trials,
      overridden: overridden,
    scoredTrials,
  };
  const actions: SetActions = {
    /** A new set: the demonstration first in protocol mode, the setup check at once in free play. */
    open(next: SetOptions) {
      options = next;
      const parts = next.task.live?.setupParts;
      setupConfig = parts ? { ...DEFAULT_SETUP_CONFIG, requiredParts: parts } : DEFAULT_SETUP_CONFIG;
      trials.value = [];
      overridden.value = false;
      enterSetup(next.mode === 'protocol' ? { kind: 'practice' } : { kind: 'free' });
      if (next.mode === 'protocol') phase.value = 'demo';
    },
    /** Demonstration seen: on to the setup check for the practice trial. */
    demoDone() { if (phase.value === 'demo') phase.value = 'setup'; },
    /** The start button: only when the gate is ready, unless a therapist overrides it (saved with the session). */
    startTrial(override = false) {
      if (phase.value !== 'setup' || !start) return;
      if (gate.value.state !== 'ready' && !override) return;
      // Per trial: saved with this trial's session only when the check had not held.
      overridden.value = override && gate.value.state !== 'ready';
      phase.value = 'countdown';
      tick(COUNTDOWN_S);
    },
    /** The stop button: ends the running trial (saved and graded) and moves to the next step or to done. */
    endTrial() {
      const p = phase.value;
      if (p === 'countdown') { cancelCountdown?.(); cancelCountdown = null; phase.value = 'setup'; return; }
      if (p !== 'running' && p !== 'paused') return;
      deps.runner.end('complete');
      const s = step.value;
      const result = deps.lastResult();
      const headline = result && options ? options.task.headline(result) : null;
      trials.value = [...trials.value, { step: s, value: headline?.value ?? null, text: headline?.text ?? 'no result' }];
      deps.cue?.('end');
      const next = nextAfter(s);
      if (next) enterSetup(next);
      else phase.value = 'done';
    },
    /** The page was hidden or shown again (visibilitychange). */
    setHidden(value: boolean) {
      hidden = value;
      if (value && phase.value === 'running') { phase.value = 'paused'; pauseReason.value = 'hidden'; deps.cue?.('pause'); }
    },
  };
  return { sink, view, actions };
}

export type SetController = ReturnType<typeof createSetController>;
