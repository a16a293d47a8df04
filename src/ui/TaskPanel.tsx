// The task being counted: a picker (by title), a sound toggle, the big counter with its status line and a word of
// praise while a set runs, a Finish button for the live camera, and the result when the set is over.
import type { PoseRunActions, PoseRunView } from './types.ts';
import type { TaskActions, TaskView } from './records-types.ts';
import type { ReviewActions } from './review-types.ts';
import { GradedResult } from './SavedSession.tsx';

function TaskPicker({ tasks, poseRun, onPick }: { tasks: TaskView; poseRun: PoseRunView; onPick: (id: string) => void }) {
  const running = poseRun.source.value !== 'idle';
  return (
    <label class="task-picker">
      <span>Task</span>
      <select data-testid="task-picker" disabled={running} value={tasks.task.value.id}
        onChange={(e) => onPick(e.currentTarget.value)}>
        {tasks.tasks.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
      </select>
    </label>
  );
}

function Counter({ tasks, poseRun, actions }: { tasks: TaskView; poseRun: PoseRunView; actions: PoseRunActions }) {
  const live = tasks.live.value;
  if (!live) return null;
  return (
    <div class="counter" role="status" aria-live="polite">
      <p class="count"><span data-testid="count">{live.count}</span> <span class="unit">{live.unit}</span></p>
      <p class="praise" data-testid="praise">{live.praise ?? ' '}</p>
      <p class="task-status" data-testid="task-status">{live.status}</p>
      {poseRun.source.value === 'camera' && (
        <button type="button" class="finish" onClick={() => actions.stop()}>Finish the set</button>
      )}
    </div>
  );
}

export function TaskPanel({ tasks, taskActions, poseRun, actions, review }: {
  tasks: TaskView; taskActions: TaskActions; poseRun: PoseRunView; actions: PoseRunActions; review: ReviewActions;
}) {
  const outcome = tasks.outcome.value;
  return (
    <section class="task-panel" aria-label="Task">
      <div class="task-row">
        <TaskPicker tasks={tasks} poseRun={poseRun} onPick={(id) => taskActions.pickTask(id)} />
        <label class="mute">
          <input type="checkbox" checked={tasks.muted.value} onChange={(e) => taskActions.setMuted(e.currentTarget.checked)} />
          Mute the beep
        </label>
      </div>
      <Counter tasks={tasks} poseRun={poseRun} actions={actions} />
      {outcome && poseRun.source.value === 'idle' && <GradedResult outcome={outcome} review={review} />}
    </section>
  );
}
