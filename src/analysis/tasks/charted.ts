// Every task's charted metrics by id, read off the task table: each task declares them in its own folder's charted.ts
// and its definition carries them, so a new task brings its charts with it. The progress view and the review report
// draw what is here.
import type { ChartedTask } from '../progress/types.ts';
import { TASK_IDS, TASK_TABLE, type TaskId } from './table.ts';

export const CHARTED: { readonly [T in TaskId]: ChartedTask } = Object.fromEntries(
  TASK_IDS.map((id) => [id, TASK_TABLE[id].charted]),
) as { readonly [T in TaskId]: ChartedTask }; // Object.fromEntries loses the keys' type; TASK_IDS lists every key.
