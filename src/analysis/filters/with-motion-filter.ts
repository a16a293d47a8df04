// Puts the keypoint-glitch filter in front of a task, so that no detector of any task sees a keypoint that moved
// further than a body can (live and recorded analysis alike: it wraps the analyser's push). The result says how many
// keypoints were dropped, in its flags and in motionGlitches.
import type { PoseFrame } from '../types.ts';
import type { TaskAnalyzer, TaskDefinition, TaskEvent, TaskResultBase } from '../tasks/types.ts';
import { MotionPlausibilityFilter, motionGlitchFlag, type MotionGlitchSummary } from './motion-plausibility.ts';

export type WithMotionGlitches<R> = R & { readonly motionGlitches: MotionGlitchSummary };

export function withMotionFilter<R extends TaskResultBase>(task: TaskDefinition<R>): TaskDefinition<R> {
  return {
    ...task,
    create(source, options): TaskAnalyzer<R> {
      return filteredAnalyzer(task.create(source, options));
    },
  };
}

/** The inner analyser with push and finish replaced; any other method (progress, snapshots) reaches it unchanged. */
function filteredAnalyzer<R extends TaskResultBase>(inner: TaskAnalyzer<R>): TaskAnalyzer<R> {
  const filter = new MotionPlausibilityFilter();
  const push = (frame: PoseFrame): readonly TaskEvent[] => inner.push(filter.apply(frame));
  const finish = (): R => {
    const result = inner.finish();
    const summary = filter.summary;
    const flag = motionGlitchFlag(summary);
    const out: WithMotionGlitches<R> = { ...result, flags: flag ? [...result.flags, flag] : result.flags, motionGlitches: summary };
    return out;
  };
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'push') return push;
      if (prop === 'finish') return finish;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
