// The app's screen (not a saved session, nor the pose run that feeds it): model picker, camera and video-file controls, the picture with its skeleton, what runs the
// model and how fast, and any message for the person. Calm and readable: few controls, big text.
import { useRef } from 'preact/hooks';
import { useComputed, useSignal, type Signal } from '@preact/signals';
import { LIVE_CAPABLE, type ModelChoice } from '../pose/index.ts';
import { ChildPanel } from './ChildPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { InterruptedSessions } from './InterruptedSessions.tsx';
import { Stage } from './Stage.tsx';
import { TaskPanel } from './TaskPanel.tsx';
import { ProgressScreen } from './progress/ProgressScreen.tsx';
import { LiveSet } from './set/LiveSet.tsx';
import type { LiveMode, LiveSetModel } from './set/types.ts';
import type { ProgressActions, ProgressTarget } from './progress/types.ts';
import type { RecordsActions, RecordsView, TaskActions, TaskView } from './records-types.ts';
import type { InterruptedActions, InterruptedView, ReviewActions } from './review-types.ts';
import type { PoseRunActions, PoseRunView } from './types.ts';

/** The task and records sides of the page (the composition root builds them). */
export interface ScreenParts {
  readonly tasks: TaskView;
  readonly taskActions: TaskActions;
  readonly records: RecordsView;
  readonly recordsActions: RecordsActions;
  /** Following and correcting a saved session's grades. */
  readonly review: ReviewActions;
  readonly interrupted: InterruptedView;
  readonly interruptedActions: InterruptedActions;
  /** A child's progress charts and review report. */
  readonly progress: ProgressActions;
  /** The live set (camera, setup check, protocol) and the device's mode. */
  readonly live: LiveSetModel;
  readonly mode: Signal<LiveMode>;
}

const MODEL_LABELS: { readonly [M in ModelChoice]: string } = {
  lightning: 'Lightning (fast)',
  thunder: 'Thunder (more precise, slower)',
};

/** Why a model is not offered for the live camera (see LIVE_CAPABLE). */
const NOT_LIVE_REASON = 'for recorded videos only: it analyses about 12 frames a second on a 2-core laptop, too few to follow a movement live';

function ModelPicker({ view, actions }: { view: PoseRunView; actions: PoseRunActions }) {
  const disabled = view.busy.value !== null || view.source.value === 'file';
  return (
    <fieldset class="model-picker" disabled={disabled}>
      <legend>Pose model</legend>
      {(Object.keys(MODEL_LABELS) as ModelChoice[]).map((m) => (
        <label key={m}>
          <input type="radio" name="model" value={m} checked={view.model.value === m} onChange={() => actions.setModel(m)}
            disabled={!LIVE_CAPABLE[m] && view.source.value === 'camera'} />
          {MODEL_LABELS[m]}{!LIVE_CAPABLE[m] && <span class="model-note"> – {NOT_LIVE_REASON}</span>}
        </label>
      ))}
    </fieldset>
  );
}

function Status({ view }: { view: PoseRunView }) {
  const { frames, withPerson } = view.counts.value;
  const share = frames === 0 ? null : Math.round((100 * withPerson) / frames);
  return (
    <dl class="status">
      <div><dt>Model in use</dt><dd data-testid="model">{view.modelInUse.value ?? 'loading…'}</dd></div>
      <div><dt>Running on</dt><dd data-testid="backend">{view.backend.value ?? 'starting…'}</dd></div>
      <div>
        <dt>Speed</dt>
        <dd data-testid="fps">{view.source.value === 'idle' ? '–' : `${view.fps.value.toFixed(0)} frames per second`}</dd>
        {view.source.value === 'camera' && <dd data-testid="dropped" data-dropped={view.dropped.value}>{view.dropped.value} camera frames skipped (the model was busy)</dd>}
      </div>
      <div>
        <dt>Person seen</dt>
        <dd data-testid="counts" data-frames={frames} data-with-person={withPerson}>
          {share === null ? '–' : `in ${share}% of ${frames} frames`}
        </dd>
      </div>
    </dl>
  );
}

function FileProgress({ view, actions }: { view: PoseRunView; actions: PoseRunActions }) {
  const progress = view.progress.value;
  if (!progress) return null;
  return (
    <div class="progress" data-testid="progress" data-done={progress.done} data-total={progress.total}>
      <p>{progress.total === 0 ? 'Reading the video…' : `Analysing the video: frame ${progress.done} of ${progress.total}`}</p>
      <progress aria-label="Video analysis progress" max={Math.max(progress.total, 1)} value={progress.done} />
      {view.source.value === 'file' && <button type="button" onClick={() => actions.stop()}>Cancel</button>}
    </div>
  );
}

/** The mode of this device (family: stars and free play; therapist: criteria marks and the test protocol). */
function ModeSwitch({ mode }: { mode: Signal<LiveMode> }) {
  return (
    <label class="mode-switch">
      Mode{' '}
      <select data-testid="mode" data-mode={mode.value} value={mode.value} onChange={(e) => { mode.value = e.currentTarget.value === 'therapist' ? 'therapist' : 'family'; }}>
        <option value="family">Family</option>
        <option value="therapist">Therapist</option>
      </select>
    </label>
  );
}

/** The live set over the whole screen while it is open; the result shows below it (TaskPanel) once it closes. */
function LiveHost({ open, view, actions, parts }: { open: Signal<boolean>; view: PoseRunView; actions: PoseRunActions; parts: ScreenParts }) {
  if (!open.value) return null;
  const childId = parts.records.childId.value;
  const child = parts.records.children.value.find((c) => c.id === childId) ?? null;
  return (
    <LiveSet mode={parts.mode.value} child={child} task={parts.tasks.task.value} sounds={!parts.tasks.muted.value}
      poseRun={view} poseActions={actions} model={parts.live} onLeave={() => { open.value = false; }} />
  );
}

function ProgressHost({ progress, parts }: { progress: Signal<ProgressTarget | null>; parts: ScreenParts }) {
  const target = progress.value;
  if (!target) return null;
  return <ProgressScreen key={target.child.id} target={target} tasks={parts.tasks.tasks} actions={parts.progress} onClose={() => { progress.value = null; }} />;
}

export function AppScreen({ view, actions, parts }: { view: PoseRunView; actions: PoseRunActions; parts: ScreenParts }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const source = view.source.value;
  const busy = view.busy.value;
  const notice = view.notice.value;
  // A signal, read only by ProgressHost and the hidden attribute: opening the charts does not re-render the session
  // screen (its History of hundreds of rows took 200 ms to re-render on every open).
  const progress = useSignal<ProgressTarget | null>(null);
  const liveOpen = useSignal(false);
  const partsHidden = useComputed(() => progress.value !== null);
  const openProgress = (which: ProgressTarget['view']) => {
    const child = parts.records.children.value.find((c) => c.id === parts.records.childId.value);
    if (child) progress.value = { child, view: which };
  };
  return (
    <main class="session">
      <header>
        <h1>Springboard</h1>
        <p class="tagline">Watches movement through the camera. Everything stays on this device.</p>
      </header>
      <ProgressHost progress={progress} parts={parts} />
      <LiveHost open={liveOpen} view={view} actions={actions} parts={parts} />
      {/* Hidden, not removed, while the progress screen is open: a running camera keeps its video element. */}
      <div class="session-parts" hidden={partsHidden}>
      <InterruptedSessions view={parts.interrupted} actions={parts.interruptedActions}
        titleOf={(id) => parts.tasks.tasks.find((t) => t.id === id)?.title ?? id}
        nicknameOf={(id) => parts.records.children.value.find((c) => c.id === id)?.nickname} />
      <ChildPanel view={parts.records} actions={parts.recordsActions} onOpenProgress={openProgress} />
      <TaskPanel tasks={parts.tasks} taskActions={parts.taskActions} poseRun={view} actions={actions} review={parts.review} />
      <div class="controls">
        <button type="button" disabled={busy !== null || source !== 'idle'} onClick={() => { liveOpen.value = true; }}>Start camera</button>
        <ModeSwitch mode={parts.mode} />
        <label class={`button${busy !== null || source === 'file' ? ' disabled' : ''}`}>
          Open a video file
          <input ref={fileRef} type="file" accept="video/mp4,video/quicktime,.mp4,.mov,.m4v" data-testid="file-input"
            disabled={busy !== null || source === 'file'}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) actions.openFile(file);
            }} />
        </label>
        {view.track.value && source === 'idle' && (
          <button type="button" class="secondary" onClick={() => actions.saveTrack()}>Save the analysis as a track file</button>
        )}
      </div>
      {busy && <p class="busy" role="status">{busy}</p>}
      {/* While the live set is open it shows the notices itself, over the picture. */}
      {notice && !liveOpen.value && <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">{notice.text}</p>}
      <FileProgress view={view} actions={actions} />
      <Stage view={view} videoRef={videoRef} />
      <Status view={view} />
      <ModelPicker view={view} actions={actions} />
      <HistoryPanel view={parts.records} actions={parts.recordsActions} tasks={parts.tasks.tasks} review={parts.review} onOpenProgress={openProgress} />
      </div>
    </main>
  );
}
