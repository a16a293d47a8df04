// Settings, out of the main path: the mode of this device, sounds, the pose model, and what runs it.
import type { PoseRunActions, PoseRunView, ModeStore } from '../types.ts';
import type { TaskActions, TaskView } from '../records-types.ts';
import { ModelPicker, Status } from './pose-parts.tsx';

export function SettingsScreen({ view, actions, modes, tasks, taskActions }: {
  view: PoseRunView; actions: PoseRunActions; modes: ModeStore; tasks: TaskView; taskActions: TaskActions;
}) {
  const mode = modes.mode.value;
  return (
    <section class="card settings" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>Settings</h1>
      <fieldset class="choice">
        <legend>Mode on this device</legend>
        <label><input type="radio" name="mode" checked={mode === 'family'} onChange={() => modes.setMode('family')} />
          <span><strong>Family</strong>: a big counter, stars and praise; no clinical marks on screen.</span></label>
        <label><input type="radio" name="mode" checked={mode === 'therapist'} onChange={() => modes.setMode('therapist')} />
          <span><strong>Therapist</strong>: criteria marks per rep, the test protocol, corrections.</span></label>
        <p class="hint">Both save the same data; only the screens differ.</p>
      </fieldset>
      <fieldset class="choice">
        <legend>Sounds</legend>
        <label class="mute">
          <input type="checkbox" data-testid="sounds" checked={!tasks.muted.value} onChange={(e) => taskActions.setMuted(!e.currentTarget.checked)} />
          <span>Sounds on (a beep for each rep)</span>
        </label>
      </fieldset>
      <ModelPicker view={view} actions={actions} />
      <h2>What runs the model</h2>
      <Status view={view} />
    </section>
  );
}
