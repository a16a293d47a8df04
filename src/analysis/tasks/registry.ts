// Every task the engine supports, by id. A task id that is not here is "not supported yet" (eval lists it as such).
import { BALANCE_TASKS } from './balance-family.ts';
import { CRAWL_TASKS } from './crawl-family.ts';
import { JUMPS_TASKS } from './jumps-family.ts';
import { withMotionFilter } from '../filters/with-motion-filter.ts';
import type { TaskDefinition, TaskId, TaskOptions, TaskResultBase } from './types.ts';
import type { PoseFrame, SourceInfo } from '../types.ts';

// Every task sees keypoints through the glitch filter (filters/motion-plausibility.ts).
export const TASKS: readonly TaskDefinition[] = [...JUMPS_TASKS, ...BALANCE_TASKS, ...CRAWL_TASKS].map(withMotionFilter);

export function findTask(id: string): TaskDefinition | undefined {
  return TASKS.find((t) => t.id === id);
}

export const isTaskSupported = (id: TaskId): boolean => findTask(id) !== undefined;

/** Batch analysis: the live path (push every frame in order, then finish) run over a whole recording. */
export function analyzeFrames<R extends TaskResultBase>(
  task: TaskDefinition<R>, source: SourceInfo, frames: readonly PoseFrame[], options?: TaskOptions,
): R {
  const analyzer = task.create(source, options);
  for (const frame of frames) analyzer.push(frame);
  return analyzer.finish();
}
