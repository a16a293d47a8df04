// "Analyse a recorded video": pick the child (or Guest) and the task, open a video file; every frame goes through the
// same analyser as the live camera, with its progress shown, and the result appears on the same result screen.
import { useRef, useState } from 'preact/hooks';
import { GUEST_CHILD_ID } from '../../records/index.ts';
import { Stage } from '../Stage.tsx';
import type { TaskActions, TaskView } from '../records-types.ts';
import type { PoseRunActions, PoseRunView } from '../types.ts';
import { FileProgress, PoseNotice, Status } from './pose-parts.tsx';
import { ResultScreen, type ResultScreenProps } from './ResultScreen.tsx';

export interface VideoScreenProps extends Omit<ResultScreenProps, 'outcome' | 'childId'> {
  readonly view: PoseRunView;
  readonly actions: PoseRunActions;
  readonly tasks: TaskView;
  readonly taskActions: TaskActions;
}

function ChildPicker({ p }: { p: VideoScreenProps }) {
  const children = p.records.children.value;
  const childId = p.records.childId.value;
  if (children.length === 0) {
    return (
      <p>Whose video is it? <a href="#/children/new">Add a child</a> first, or{' '}
        <button type="button" class="secondary small" data-testid="use-guest" onClick={() => void p.recordsActions.useGuest()}>keep it under Guest</button>.
      </p>
    );
  }
  return (
    <label class="picker">Child
      <select data-testid="child-picker" value={childId ?? ''} onChange={(e) => p.recordsActions.pickChild(e.currentTarget.value)}>
        {children.map((c) => <option key={c.id} value={c.id}>{c.id === GUEST_CHILD_ID ? 'Guest (move it to a child later)' : c.nickname}</option>)}
      </select>
    </label>
  );
}

export function VideoScreen(p: VideoScreenProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [openedHere, setOpenedHere] = useState(false);
  const source = p.view.source.value;
  const childId = p.records.childId.value;
  const blocked = p.view.busy.value !== null || source !== 'idle' || childId === null;
  const outcome = p.tasks.outcome.value;
  return (
    <>
      <section class="card" aria-labelledby="video-title">
        <h1 id="video-title" tabIndex={-1}>Analyse a recorded video</h1>
        <p>The video stays on this device: it is read here, frame by frame, and only the movement is kept.</p>
        <div class="pickers">
          <ChildPicker p={p} />
          <label class="picker">Task
            <select data-testid="task-picker" disabled={source !== 'idle'} value={p.tasks.task.value.id} onChange={(e) => p.taskActions.pickTask(e.currentTarget.value)}>
              {p.tasks.tasks.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
            </select>
          </label>
        </div>
        <div class="controls">
          <label class={`button${blocked ? ' disabled' : ''}`}>
            Open a video file
            <input type="file" accept="video/mp4,video/quicktime,.mp4,.mov,.m4v" data-testid="file-input" disabled={blocked}
              onChange={(e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (file) { setOpenedHere(true); p.actions.openFile(file); }
              }} />
          </label>
          {p.view.track.value && source === 'idle' && (
            <button type="button" class="secondary" onClick={() => p.actions.saveTrack()}>Save the analysis as a track file</button>
          )}
        </div>
        <PoseNotice view={p.view} />
        <FileProgress view={p.view} actions={p.actions} />
        {(source === 'file' || openedHere) && <Stage view={p.view} videoRef={videoRef} />}
        <details class="pose-status"><summary>Model and speed</summary><Status view={p.view} /></details>
      </section>
      {openedHere && source === 'idle' && outcome && <ResultScreen {...p} outcome={outcome} childId={childId} />}
    </>
  );
}
