// Puts the keypoint-glitch filter in front of a task, so that no detector of any task sees a keypoint that moved
// further than a body can (live and recorded analysis alike: it wraps the analyser's push). In front of it, keypoints
// are held still against the background where the camera's motion was measured (camera-steady.ts). The result says how many
// keypoints were dropped, in its flags and in motionGlitches.
import type { PoseFrame } from '../types.ts';
import type { TaskAnalyzer, TaskDefinition, TaskEvent, TaskResultBase } from '../tasks/types.ts';
import { CameraSteadier } from './camera-steady.ts';
import { MotionPlausibilityFilter, motionGlitchFlag, type MotionGlitchSummary } from './motion-plausibility.ts';

export type WithMotionGlitches<R> = R & { readonly motionGlitches: MotionGlitchSummary };

export function withMotionFilter<R extends TaskResultBase>(task: TaskDefinition<R>): TaskDefinition<R> {
  return {
    ...task,
    create(source, options): TaskAnalyzer<R> {
      return filteredAnalyzer(task.create(source, options), source.height);
    },
  };
}

/**
 * The frames as every task's detectors see them: the camera's own motion taken off first (so the glitch filter judges
 * the body's motion, not the picture's), then keypoints that moved further than a body can dropped.
 */
export function motionFilterChain(frameHeightPx: number): { apply(frame: PoseFrame): PoseFrame; readonly summary: MotionGlitchSummary } {
  const filter = new MotionPlausibilityFilter();
  const steadier = new CameraSteadier(frameHeightPx);
  return { apply: (frame) => filter.apply(steadier.apply(frame)), get summary() { return filter.summary; } };
}

/** The inner analyser behind the filter: frames pass through it, and both reads of the result carry its count. */
function filteredAnalyzer<R extends TaskResultBase>(inner: TaskAnalyzer<R>, frameHeightPx: number): TaskAnalyzer<R> {
  const filter = motionFilterChain(frameHeightPx);
  const withGlitches = (result: R): R => {
    const summary = filter.summary;
    const flag = motionGlitchFlag(summary);
    const out: WithMotionGlitches<R> = { ...result, flags: flag ? [...result.flags, flag] : result.flags, motionGlitches: summary };
    return out;
  };
  return {
    push: (frame: PoseFrame): readonly TaskEvent[] => inner.push(filter.apply(frame)),
    progress: () => inner.progress(),
    snapshot: () => withGlitches(inner.snapshot()),
    finish: () => withGlitches(inner.finish()),
  };
}
