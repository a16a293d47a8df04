// The contract every task (two-foot-jump, single-leg-stance, crawl, ...) implements. One analyser instance consumes
// frames in time order; live analysis pushes frames as they arrive and batch analysis pushes a whole track: the same
// code path. Results are plain readonly data (JSON-serialisable) with a "task" field.
import type { SetupPart } from '../setup/config.ts';
import type { ChartedTask } from '../progress/types.ts';
import type { DecisionMargin } from '../signals/decision-margin.ts';
import type { ResultReport } from '../report/parts.ts';
import type { PoseFrame, SourceInfo } from '../types.ts';

/** The kinds of item a result lists, one stored row each: reps, holds, crawl cycles. */
export type ItemKind = 'rep' | 'hold' | 'cycle';

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
  /** The task's id (each task's result type narrows it to its own literal). */
  readonly task: string;
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

/** The keys of R whose values are lists of objects (the candidates for per-item rows). */
export type ItemListKey<R> = { [K in keyof R]-?: R[K] extends readonly object[] ? K : never }[keyof R] & string;

/**
 * Which list of a task's result holds which kind of item (stored one row each, exported one CSV line each). A task
 * checks its own with `satisfies ItemListsOf<ItsResult>`; readers see plain key names.
 */
export type ItemLists = { readonly [K in ItemKind]?: string };
export type ItemListsOf<R> = { readonly [K in ItemKind]?: ItemListKey<R> };

/** What the records keep of a result besides its items: the headline is computed from this part alone. */
export type ResultSummary<R> = Omit<R, ItemListKey<R>>;

/** The one number a set is known by (the history list, reports), and how it reads. */
export interface Headline {
  readonly value: number | null;
  /** e.g. "12 jumping jacks", "longest hold 6.2 s". */
  readonly text: string;
}

/** A hand-made label of a clip (../shared/clips/labels.json "expect"), as eval reads it. */
export type EvalLabel = Readonly<Record<string, unknown>>;

/** Eval's verdict on one clip: what the label expects, what the engine gave, and whether they agree. */
export interface Verdict {
  readonly expected: string;
  readonly got: string;
  readonly pass: boolean;
}

/**
 * Everything the app, records, CSV and eval know about a task, declared in the task's folder and listed once in
 * TASK_TABLE (table.ts). Methods (not function properties) on purpose: a definition of one task is usable where any
 * task's definition is expected (the task picker, the benchmarks), while TASK_TABLE keeps each result's own type.
 */
export interface TaskDefinition<R extends TaskResultBase = TaskResultBase> {
  readonly id: R['task'];
  /** Title shown to people, e.g. "Two-foot jumps". */
  readonly title: string;
  create(source: SourceInfo, options?: TaskOptions): TaskAnalyzer<R>;
  /** The set's headline number, from the summary alone (what the history list has of a saved session). */
  headline(summary: ResultSummary<R>): Headline;
  /** The per-item lists of the result, by kind. */
  readonly items: ItemLists;
  /** What the result screen shows: summary lines, one table per item list, the criteria grid. */
  report(result: R): ResultReport;
  /** How eval judges the result against a clip's label. */
  judge(label: EvalLabel, result: R): Verdict;
  /** How far each decision that settled a rep or ended a hold was from its threshold (eval's margin column); absent
   * for a task that does not measure them yet. */
  margins?(result: R): readonly DecisionMargin[];
  /** The numbers charted over sessions, declared in the task's own charted.ts (progress view, review report). */
  readonly charted: ChartedTask;
  /** The live set's needs, where they differ from the defaults (every body part in view; 2 scored trials). */
  readonly live?: LiveSetNeeds;
}

/** What a task asks of the live set: the body parts its setup check wants seen, and its protocol's scored trials. */
export interface LiveSetNeeds {
  readonly setupParts?: readonly SetupPart[];
  readonly scoredTrials?: number;
}
