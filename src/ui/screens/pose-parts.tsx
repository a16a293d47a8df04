// Small parts of the pose run shown on several screens: the model picker (settings), the status line (what runs the
// model and how fast), and the video file's progress with its Cancel button.
import { LIVE_CAPABLE, megabytes, modelDownloadBytes, type ModelChoice } from '../../pose/index.ts';
import type { PoseRunActions, PoseRunView } from '../types.ts';

const MODEL_LABELS: { readonly [M in ModelChoice]: string } = {
  lightning: 'Lightning (fast)',
  // Thunder is not part of the offline install (vite.config.ts): its size is said before it is first fetched.
  thunder: `Thunder (more precise, slower), a ${megabytes(modelDownloadBytes('thunder'))} download the first time`,
};

/** Why a model is not offered for the live camera (see LIVE_CAPABLE). */
const NOT_LIVE_REASON = 'for recorded videos only: it analyses about 12 frames a second on a 2-core laptop, too few to follow a movement live';

export function ModelPicker({ view, actions }: { view: PoseRunView; actions: PoseRunActions }) {
  const disabled = view.busy.value !== null || view.source.value === 'file';
  return (
    <fieldset class="model-picker" disabled={disabled}>
      <legend>Pose model</legend>
      {(Object.keys(MODEL_LABELS) as ModelChoice[]).map((m) => (
        <label key={m}>
          <input type="radio" name="model" value={m} checked={view.model.value === m} onChange={() => actions.setModel(m)}
            disabled={!LIVE_CAPABLE[m] && view.source.value === 'camera'} />
          <span>{MODEL_LABELS[m]}{!LIVE_CAPABLE[m] && <span class="model-note"> – {NOT_LIVE_REASON}</span>}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function Status({ view }: { view: PoseRunView }) {
  const { frames, withPerson } = view.counts.value;
  const share = frames === 0 ? null : Math.round((100 * withPerson) / frames);
  return (
    <dl class="status">
      <div><dt>Model in use</dt><dd data-testid="model">{view.modelInUse.value ?? 'loading…'}</dd></div>
      <div><dt>Running on</dt><dd data-testid="backend">{view.backend.value ?? 'starting…'}</dd></div>
      {view.videoReader.value && <div><dt>Video frames from</dt><dd data-testid="video-reader">{view.videoReader.value}</dd></div>}
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

export function FileProgress({ view, actions }: { view: PoseRunView; actions: PoseRunActions }) {
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

/** The pose run's sentence for the person (an error, or "no one in view"), and what loads meanwhile. */
export function PoseNotice({ view }: { view: PoseRunView }) {
  const busy = view.busy.value;
  const notice = view.notice.value;
  return (
    <>
      {busy && <p class="busy" role="status">{busy}</p>}
      {notice && <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">{notice.text}</p>}
    </>
  );
}
