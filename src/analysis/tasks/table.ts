// Every task the engine supports, by id: one line per task. The UI, records, CSV and eval read a task's headline, item
// lists, report and eval judge from here, with each result's own type kept (no switch on the task anywhere else).
import type { PoseFrame, SourceInfo } from '../types.ts';
import type { ResultModel } from '../report/parts.ts';
import { withMotionFilter } from '../filters/with-motion-filter.ts';
import { CRAWL_TASK } from './crawl/index.ts';
import { HOP } from './hop/index.ts';
import { JUMPING_JACK } from './jumping-jack/index.ts';
import { SINGLE_LEG_STANCE_TASK } from './single-leg-stance/index.ts';
import { STANDING_LONG_JUMP } from './standing-long-jump/index.ts';
import { TANDEM_STANCE_TASK } from './tandem-stance/index.ts';
import { TWO_FOOT_JUMP } from './two-foot-jump/index.ts';
import type { DecisionMargin } from '../signals/decision-margin.ts';
import type {
  EvalLabel, Headline, ItemKind, ItemLists, ResultSummary, TaskAnalyzer, TaskDefinition, TaskOptions, TaskResultBase, Verdict,
} from './types.ts';

// Every task sees keypoints through the glitch filter (filters/motion-plausibility.ts): no detector of any task gets a
// keypoint that moved further than a body can.
const DEFINITIONS = {
  'two-foot-jump': withMotionFilter(TWO_FOOT_JUMP),
  'jumping-jack': withMotionFilter(JUMPING_JACK),
  'hop': withMotionFilter(HOP),
  'standing-long-jump': withMotionFilter(STANDING_LONG_JUMP),
  'single-leg-stance': withMotionFilter(SINGLE_LEG_STANCE_TASK),
  'tandem-stance': withMotionFilter(TANDEM_STANCE_TASK),
  'crawl': withMotionFilter(CRAWL_TASK),
};

/** A table of task definitions typed per key: M maps each task id to its result type. */
export type TaskTableOf<M extends { readonly [K in keyof M]: TaskResultBase }> = { readonly [K in keyof M]: TaskDefinition<M[K]> };

type ResultOfDefinition<D> = D extends TaskDefinition<infer R> ? R : never;

/** Each task id's result type, read off its definition. */
export type TaskResultMap = { [K in keyof typeof DEFINITIONS]: ResultOfDefinition<(typeof DEFINITIONS)[K]> };
export type TaskId = keyof TaskResultMap;
/** The closed union of every task's result (narrow it by its `task` field). */
export type TaskResult = TaskResultMap[TaskId];
export type ResultOf<K extends TaskId> = TaskResultMap[K];
export type TaskTable = TaskTableOf<TaskResultMap>;

export const TASK_TABLE: TaskTable = DEFINITIONS;

export const isTaskId = (value: string): value is TaskId => Object.hasOwn(TASK_TABLE, value);

/** Task ids in the order the app lists them. */
export const TASK_IDS: readonly TaskId[] = Object.keys(TASK_TABLE).filter(isTaskId);

/** Any one task's definition (the union of the table's entries). */
export type AnyTaskDefinition = TaskTable[TaskId];

export const TASKS: readonly AnyTaskDefinition[] = TASK_IDS.map((id) => TASK_TABLE[id]);

export function findTask(id: string): AnyTaskDefinition | undefined {
  return isTaskId(id) ? TASK_TABLE[id] : undefined;
}

export const isTaskSupported = (id: string): boolean => isTaskId(id);

/** Batch analysis: the live path (push every frame in order, then finish) run over a whole recording. */
export function analyzeFrames<R extends TaskResultBase>(task: TaskDefinition<R>, source: SourceInfo, frames: readonly PoseFrame[], options?: TaskOptions): R;
export function analyzeFrames(task: AnyTaskDefinition, source: SourceInfo, frames: readonly PoseFrame[], options?: TaskOptions): TaskResult;
export function analyzeFrames(
  task: { create(source: SourceInfo, options?: TaskOptions): TaskAnalyzer<TaskResultBase> }, source: SourceInfo, frames: readonly PoseFrame[],
  options?: TaskOptions,
): TaskResultBase {
  const analyzer = task.create(source, options);
  for (const frame of frames) analyzer.push(frame);
  return analyzer.finish();
}

// The readers below come in two forms: `...In(table, id, ...)` for any table (a test adds a throwaway task this way)
// and the plain form for TASK_TABLE. Passing the id with its result lets TypeScript pair table[id] with the result's
// type (a generic key into a mapped type) without a cast.

/** The result screen's model of a result. */
export function resultModelIn<M extends { readonly [K in keyof M]: TaskResultBase }, K extends keyof M>(
  table: TaskTableOf<M>, id: K, result: M[K],
): ResultModel {
  const task = table[id];
  return { headline: task.headline(result).text, ...task.report(result), flags: result.flags };
}

export const resultModel = (result: TaskResult): ResultModel => resultModelIn(TASK_TABLE, result.task, result);

/** The headline of a result or of its stored summary. */
export function headlineIn<M extends { readonly [K in keyof M]: TaskResultBase }, K extends keyof M>(
  table: TaskTableOf<M>, id: K, summary: ResultSummary<M[K]>,
): Headline {
  return table[id].headline(summary);
}

export const headlineOf = <K extends TaskId>(id: K, summary: ResultSummary<ResultOf<K>>): Headline => headlineIn(TASK_TABLE, id, summary);

/**
 * A stored summary (records keep a result without its item lists) read as the summary of task `id`'s result: taken on
 * trust when it names that task, as isTaskResult does for whole results.
 */
export const isSummaryOf = <K extends TaskId>(id: K, summary: Readonly<Record<string, unknown>>): summary is ResultSummary<ResultOf<K>> =>
  summary.task === id;

/**
 * A result's item lists by kind, as the records store them: read by key name from the task's definition, so that a
 * result of any task (the app hands records a TaskResultBase) splits the same way. A result of an unknown task has none.
 */
export function itemListsIn(table: Readonly<Record<string, { readonly items: ItemLists }>>, result: TaskResultBase):
  { readonly kind: ItemKind; readonly key: string; readonly items: readonly object[] }[] {
  const lists = Object.hasOwn(table, result.task) ? table[result.task]!.items : {};
  const values = new Map<string, unknown>(Object.entries(result));
  const out: { kind: ItemKind; key: string; items: readonly object[] }[] = [];
  for (const kind of ITEM_KINDS) {
    const key = lists[kind];
    const list = key === undefined ? undefined : values.get(key);
    if (key !== undefined && Array.isArray(list)) out.push({ kind, key, items: list });
  }
  return out;
}

const ITEM_KINDS: readonly ItemKind[] = ['rep', 'hold', 'cycle'];

export const itemListsOf = (result: TaskResultBase) => itemListsIn(TASK_TABLE, result);

/**
 * A result of one of the engine's tasks, narrowed by its task id. The one place a result's shape is taken on trust:
 * results are made by the task their `task` field names (the analysers set it), and the app hands them on as
 * TaskResultBase; a stored result read back by the UI is an older engine's output of that same task.
 */
export const isTaskResult = (result: TaskResultBase): result is TaskResult => isTaskId(result.task);

/** Eval's verdict on a result against a clip's label. */
export function judgeIn<M extends { readonly [K in keyof M]: TaskResultBase }, K extends keyof M>(
  table: TaskTableOf<M>, id: K, label: EvalLabel, result: M[K],
): Verdict {
  return table[id].judge(label, result);
}

export const judgeResult = (label: EvalLabel, result: TaskResult): Verdict => judgeIn(TASK_TABLE, result.task, label, result);

/** The decision margins a task measures for a result, or undefined when it measures none. */
export function marginsIn<M extends { readonly [K in keyof M]: TaskResultBase }, K extends keyof M>(
  table: TaskTableOf<M>, id: K, result: M[K],
): readonly DecisionMargin[] | undefined {
  return table[id].margins?.(result);
}

export const marginsOfResult = (result: TaskResult): readonly DecisionMargin[] | undefined => marginsIn(TASK_TABLE, result.task, result);
