// The live set's route: the camera picture with its skeleton filling the screen, the counter and one stop button over
// it; nothing else until the set ends, then the result screen. (This host renders the simple counter until the
// guided set, src/ui/set/LiveSet.tsx, is merged in.)
import { useEffect, useRef } from 'preact/hooks';
import type { TaskDefinition } from '../../analysis/index.ts';
import { Stage } from '../Stage.tsx';
import type { Mode, PoseRunActions, PoseRunView, TaskLive } from '../types.ts';
import type { ReadonlySignal } from '@preact/signals';
import { PoseNotice, Status } from './pose-parts.tsx';

export interface LiveScreenProps {
  readonly view: PoseRunView;
  readonly actions: PoseRunActions;
  readonly live: ReadonlySignal<TaskLive | null>;
  readonly task: TaskDefinition;
  readonly nickname: string;
  readonly mode: Mode;
  /** The set ended (stopped by the person): show its result. */
  readonly onEnded: () => void;
  readonly onLeave: () => void;
}

function Counter({ live, mode }: { live: TaskLive | null; mode: Mode }) {
  if (!live) return null;
  return (
    <div class="live-counter" role="status" aria-live="polite">
      <p class="count"><span data-testid="rep-count"><span data-testid="count">{live.count}</span></span> <span class="unit">{live.unit}</span></p>
      {mode === 'family' && <p class="praise" data-testid="praise">{live.praise ?? ' '}</p>}
      {mode === 'therapist' && <p class="task-status" data-testid="task-status">{live.lastEvent ?? live.status}</p>}
    </div>
  );
}

export function LiveScreen(p: LiveScreenProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const source = p.view.source.value;
  // Leaving the screen (Back) ends a running set: what was counted is kept, as with the stop button.
  useEffect(() => () => { if (p.view.source.peek() === 'camera') p.actions.stop(); }, [p.view, p.actions]);
  return (
    <div class="live" data-mode={p.mode}>
      <Stage view={p.view} videoRef={videoRef} />
      <div class="live-top">
        <h1 class="live-title" tabIndex={-1}>{p.task.title} · {p.nickname}</h1>
        <Counter live={p.live.value} mode={p.mode} />
        <PoseNotice view={p.view} />
      </div>
      <div class="live-bottom">
        {source === 'camera'
          ? <button type="button" class="big stop" data-testid="end-set" onClick={() => { p.actions.stop(); p.onEnded(); }}>Stop the set</button>
          : <>
            <button type="button" class="big" data-testid="start-set" disabled={p.view.busy.value !== null || source === 'file'}
              onClick={() => videoRef.current && p.actions.startCamera(videoRef.current)}>Start the camera and count</button>
            <button type="button" class="secondary" onClick={p.onLeave}>Back</button>
          </>}
        <details class="live-status"><summary>Camera and model</summary><Status view={p.view} /></details>
      </div>
    </div>
  );
}
