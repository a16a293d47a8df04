// The contract every task (two-foot-jump, single-leg-stance, crawl, ...) implements. One analyser instance consumes
// frames in time order; live analysis pushes frames as they arrive and batch analysis pushes a whole track: the same
// code path. Results are plain readonly data (JSON-serialisable) with a "task" field.
import type { PoseFrame, SourceInfo } from '../types.ts';

export const TASK_IDS = [
  'two-foot-jump', 'jumping-jack', 'hop', 'standing-long-jump', 'single-leg-stance', 'tandem-stance', 'crawl',
] as const;
export type TaskId = (typeof TASK_IDS)[number];
export type TaskFamily = 'jumps' | 'balance' | 'crawl';

export const isTaskId = (value: string): value is TaskId => (TASK_IDS as readonly string[]).includes(value);

/** Something that happened at one frame, for the live UI (a rep counted, a hold started, an error). */
export interface TaskEvent {
  readonly kind: string;
  readonly tMs: number;
  /** A short sentence for the person watching, e.g. "Jump 3". */
  readonly message: string;
}

/** Live state shown while a task runs. */
export interface TaskProgress {
  /** The big number: reps counted, holds timed or crawl cycles. */
  readonly count: number;
  /** What the number means, e.g. "jumps", "s held". */
  readonly unit: string;
  /** A line on what the engine sees now, e.g. "legs not visible". */
  readonly status: string;
}

/** Every task result has at least these fields; each task adds its own (count, reps, holds, cycles, pattern...). */
export interface TaskResultBase {
  readonly task: TaskId;
  /** Data-quality flags for the whole set, e.g. "legs not visible 3.2 s". */
  readonly flags: readonly string[];
}

export interface TaskAnalyzer<R extends TaskResultBase = TaskResultBase> {
  /** Feeds the next frame (tMs not earlier than the previous one). Returns the events completed at this frame. */
  push(frame: PoseFrame): readonly TaskEvent[];
  progress(): TaskProgress;
  /**
   * The result so far, for the live view: a pure read (asking for it any number of times, after any frame, changes
   * nothing), so a live set ends with the same result as its recording analysed in one batch. A rep still inside its
   * landing window is left out until a later frame settles it.
   */
  snapshot(): R;
  /**
   * Ends the set: settles what is still pending as the end of the recording and returns the final result. Calling it
   * again returns an equal result; frames pushed after it are not part of the set.
   */
  finish(): R;
}

/** The protocol name that means "the task's own default protocol"; every task accepts it (the app saves it). */
export const DEFAULT_PROTOCOL = 'default';

/** Per-run options; each task validates its own fields once, with errors naming the field and its range. */
export interface TaskOptions {
  readonly config?: Readonly<Record<string, unknown>>;
  /** A protocol the task offers, or DEFAULT_PROTOCOL (or nothing) for its default one. */
  readonly protocol?: string;
}

export interface TaskDefinition<R extends TaskResultBase = TaskResultBase> {
  readonly id: TaskId;
  readonly family: TaskFamily;
  /** Title shown to people, e.g. "Two-foot jumps". */
  readonly title: string;
  create(source: SourceInfo, options?: TaskOptions): TaskAnalyzer<R>;
}
