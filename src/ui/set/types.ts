// What the live set screen needs from the composition root: the set controller's signals and actions (src/app/set),
// the task runner's live counter and outcome, and the sound switches.
import type { ReadonlySignal } from '@preact/signals';
import type { GateView, TaskDefinition } from '../../analysis/index.ts';
import type { TaskLive, TaskOutcome } from '../types.ts';

export type LiveMode = 'family' | 'therapist';
export type SetMode = 'protocol' | 'free';
/** Where the set stands: the demonstration, waiting on the setup check, counting down, running, paused, done. */
export type SetPhase = 'demo' | 'setup' | 'countdown' | 'running' | 'paused' | 'done';
/** Which trial is running or next: practice, scored trial n (from 1), or free play. */
export type TrialStep = { readonly kind: 'practice' } | { readonly kind: 'scored'; readonly trial: number } | { readonly kind: 'free' };
export type PauseReason = 'left' | 'hidden';

export interface TrialOutcome {
  readonly step: TrialStep;
  /** The task's headline number (count, seconds held); null when the engine could not give one. */
  readonly value: number | null;
  readonly text: string;
}

export interface SetOptions {
  readonly mode: SetMode;
  readonly task: TaskDefinition;
  /** Scored trials of the protocol (default 2). */
  readonly scoredTrials?: number;
}

export interface SetView {
  readonly phase: ReadonlySignal<SetPhase>;
  readonly step: ReadonlySignal<TrialStep>;
  readonly gate: ReadonlySignal<GateView>;
  /** Seconds left in the countdown. */
  readonly countdown: ReadonlySignal<number>;
  readonly pauseReason: ReadonlySignal<PauseReason | null>;
  readonly trials: ReadonlySignal<readonly TrialOutcome[]>;
  /** The running trial was started by a therapist before the setup check held. */
  readonly overridden: ReadonlySignal<boolean>;
  scoredTrials(): number;
}

export interface SetActions {
  open(options: SetOptions): void;
  demoDone(): void;
  startTrial(override?: boolean): void;
  endTrial(): void;
  setHidden(hidden: boolean): void;
}

/** Everything LiveSet reads and calls besides the pose run. */
export interface LiveSetModel {
  readonly view: SetView;
  readonly actions: SetActions;
  readonly live: ReadonlySignal<TaskLive | null>;
  readonly outcome: ReadonlySignal<TaskOutcome | null>;
  readonly muted: ReadonlySignal<boolean>;
  readonly spoken: ReadonlySignal<boolean>;
  setMuted(muted: boolean): void;
  setSpoken(spoken: boolean): void;
  /** Browsers allow sound only after a click: the start button calls this. */
  unlockSound(): void;
}
