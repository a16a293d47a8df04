// The live set: the camera picture with its skeleton filling the screen, and over it only what the moment needs:
// the demonstration (protocol), the setup check and the start button, the countdown, the counter or hold timer with
// per-rep feedback, a paused notice, one stop button, and the protocol's summary at the end. The camera starts when
// this screen opens and stops when it closes. Family mode shows stars and praise, therapist mode the criteria marks,
// the protocol steps and a setup override (saved with the session).
import { useEffect, useRef } from 'preact/hooks';
import type { TaskDefinition } from '../../analysis/index.ts';
import { useShownFrame } from '../use-shown-frame.ts';
import type { PoseRunActions, PoseRunView } from '../types.ts';
import { DemoPanel } from './DemoPlayer.tsx';
import { Countdown, LiveCounter, ONE_PERSON_NOTE, Paused, ProtocolSummary, SetupCheck, stepLabel } from './LiveParts.tsx';
import { bestAndSum } from './best.ts';
import type { LiveMode, LiveSetModel } from './types.ts';
import './live-set.css';

export interface LiveSetProps {
  readonly mode: LiveMode;
  /** The child the set is saved for ("Guest" is a child too); null: the set is shown but not saved. */
  readonly child: { readonly id: string; readonly nickname: string } | null;
  readonly task: TaskDefinition;
  /** Sounds on (the settings' choice); the mute switch here changes it for this set. */
  readonly sounds: boolean;
  /** Scored trials of the protocol for this task (default 2). */
  readonly scoredTrials?: number;
  readonly poseRun: PoseRunView;
  readonly poseActions: PoseRunActions;
  readonly model: LiveSetModel;
  /** The set is over ('done': its result is in model.outcome) or was left before any trial ended ('cancelled'). */
  readonly onLeave: (how: 'done' | 'cancelled') => void;
}

/** The camera picture and its skeleton, both scaled to fit the screen the same way (object-fit: contain). */
function Picture({ poseRun, videoRef }: { poseRun: PoseRunView; videoRef: { current: HTMLVideoElement | null } }) {
  // The camera's frames carry no picture: the <video> under the canvas shows it, the canvas only the skeleton.
  const canvasRef = useShownFrame(poseRun);
  return (
    <div class={`live-picture${poseRun.mirrored.value ? ' mirrored' : ''}`} data-testid="live-picture">
      <video ref={videoRef} class="live-video" data-testid="live-video" muted playsInline />
      <canvas ref={canvasRef} class="live-skeleton" />
    </div>
  );
}

/** Starts the camera and the set on opening, stops both on closing, and pauses while the page is hidden. */
function useLiveSession(props: LiveSetProps, videoRef: { current: HTMLVideoElement | null }): void {
  const { model, poseActions, mode, task, scoredTrials } = props;
  // The settings' sound choice applies when the set opens; the mute switch then rules (and must not restart the set).
  const sounds = useRef(props.sounds);
  useEffect(() => {
    model.actions.open({ mode: mode === 'therapist' ? 'protocol' : 'free', task, scoredTrials });
    model.setMuted(!sounds.current);
    if (videoRef.current) poseActions.startCamera(videoRef.current);
    const onVisibility = () => model.actions.setHidden(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      poseActions.stop();
    };
  }, [model, poseActions, mode, task, scoredTrials, videoRef]);
}

function SoundSwitches({ model }: { model: LiveSetModel }) {
  return (
    <div class="sound-switches">
      <label><input type="checkbox" data-testid="mute" checked={model.muted.value} onChange={(e) => model.setMuted(e.currentTarget.checked)} /> Mute</label>
      <label><input type="checkbox" checked={model.spoken.value} disabled={model.muted.value} onChange={(e) => model.setSpoken(e.currentTarget.checked)} /> Spoken cues</label>
    </div>
  );
}

/** The one button (or two) the moment needs: start, override, stop, or on to the result. */
function Controls({ props, best }: { props: LiveSetProps; best: { best: number; sum: number } | null }) {
  const { model, mode, onLeave, poseActions } = props;
  const phase = model.view.phase.value;
  const gate = model.view.gate.value;
  const start = (override: boolean) => { model.unlockSound(); model.actions.startTrial(override); };
  const finish = () => { poseActions.stop(); onLeave(model.view.trials.value.length > 0 ? 'done' : 'cancelled'); };
  if (phase === 'setup') {
    return (
      <div class="lset-controls">
        <button type="button" class="big" data-testid="start-set" data-primary disabled={gate.state !== 'ready'} onClick={() => start(false)}>Start</button>
        {mode === 'therapist' && gate.state !== 'ready' && (
          <button type="button" class="secondary" data-testid="override-setup" onClick={() => start(true)}>Start anyway (therapist)</button>
        )}
        <button type="button" class="secondary" data-testid="leave-set" onClick={finish}>{model.view.trials.value.length > 0 ? 'Finish here' : 'Stop camera'}</button>
      </div>
    );
  }
  if (phase === 'done') {
    return (
      <div class="lset-controls">
        <button type="button" class="big" data-testid="see-result" data-primary onClick={finish} aria-describedby={best ? 'best-and-sum' : undefined}>See the result</button>
      </div>
    );
  }
  if (phase === 'demo') return null;
  const stopLabel = phase === 'countdown' ? 'Cancel' : model.view.step.value.kind === 'free' ? 'Stop' : 'End this trial';
  return (
    <div class="lset-controls">
      <button type="button" class="big stop" data-testid="end-set" data-primary onClick={() => {
        model.actions.endTrial();
        // Free play ends at the first stop: the result screen follows.
        if (model.view.phase.value === 'done' && model.view.step.value.kind === 'free') finish();
      }}>{stopLabel}</button>
    </div>
  );
}

export function LiveSet(props: LiveSetProps) {
  const { model, mode, task, child, poseRun } = props;
  const videoRef = useRef<HTMLVideoElement>(null);
  useLiveSession(props, videoRef);
  const phase = model.view.phase.value;
  const step = model.view.step.value;
  const live = model.live.value;
  const trials = model.view.trials.value;
  const best = bestAndSum(trials);
  const rootRef = useRef<HTMLDivElement>(null);
  // Keyboard and screen-reader users land on the one button each step needs (start, stop, next, result).
  useEffect(() => { rootRef.current?.querySelector<HTMLElement>('[data-primary]')?.focus(); }, [phase]);
  const notice = poseRun.notice.value;
  return (
    <div ref={rootRef} class="live-set" data-testid="live-set" data-phase={phase} data-mode={mode} role="region" aria-label={`Live set: ${task.title}`}>
      <Picture poseRun={poseRun} videoRef={videoRef} />
      <div class="lset-overlay">
        <div class="lset-top">
          <h1 class="lset-title"><strong>{task.title}</strong>{child ? ` · ${child.nickname}` : ''} · <span data-testid="trial-step">{stepLabel(step, model.view.scoredTrials())}</span></h1>
          <SoundSwitches model={model} />
        </div>
        <div class="lset-middle">
          {phase === 'demo' && <DemoPanel taskId={task.id} title={task.title} onDone={() => model.actions.demoDone()} />}
          {phase === 'setup' && <SetupCheck gate={model.view.gate.value} />}
          {phase === 'setup' && <p class="one-person-note">{ONE_PERSON_NOTE}</p>}
          {phase === 'countdown' && <Countdown seconds={model.view.countdown.value} />}
          {phase === 'paused' && model.view.pauseReason.value && <Paused reason={model.view.pauseReason.value} />}
          {notice && <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">{notice.text}</p>}
          {(phase === 'setup' || phase === 'done') && <ProtocolSummary view={model.view} best={best} />}
          {phase === 'done' && model.view.overridden.value && <p>The setup check was overridden for the last trial: this is saved with it.</p>}
        </div>
        <div class="lset-bottom">
          {(phase === 'running' || phase === 'paused') && live && <LiveCounter live={live} mode={mode} />}
          <Controls props={props} best={best} />
        </div>
      </div>
    </div>
  );
}
