// The parts drawn over the live picture: the setup check with its advice, the countdown, the paused notice, the big
// counter or hold timer with per-rep feedback (family: a star and a word; therapist: the criteria marks), and the
// protocol's summary (each trial, the best and the sum).
import type { GateView } from '../../analysis/index.ts';
import type { LiveMark, TaskLive } from '../types.ts';
import type { LiveMode, PauseReason, SetView, TrialOutcome, TrialStep } from './types.ts';

export const stepLabel = (s: TrialStep, scoredTrials: number): string =>
  s.kind === 'practice' ? 'Practice try (not scored)' : s.kind === 'scored' ? `Trial ${s.trial} of ${scoredTrials}` : 'Free play';

/** Only one person: the model follows one body and cannot count people, so the check can only say what it can see. */
export const ONE_PERSON_NOTE = 'Only the child should be in the picture: the camera follows one body and cannot tell whether someone else stands nearby.';

export function SetupCheck({ gate }: { gate: GateView }) {
  const state = gate.state === 'ready' ? 'ready' : 'blocked';
  const text = gate.state === 'ready' ? 'Ready: the whole body is in the picture.'
    : gate.state === 'holding' ? 'Hold still a moment…'
      : gate.reason?.advice ?? 'Looking for the child…';
  return (
    <div class={`setup-check ${state}`} data-testid="setup-check" data-state={state} data-check={gate.reason?.id ?? ''} role="status" aria-live="polite">
      <span class="setup-mark" aria-hidden="true">{state === 'ready' ? '✓' : '!'}</span> {text}
    </div>
  );
}

export function Countdown({ seconds }: { seconds: number }) {
  return <div class="countdown" data-testid="countdown" role="timer" aria-live="assertive">{seconds > 0 ? seconds : 'Go!'}</div>;
}

export function Paused({ reason }: { reason: PauseReason }) {
  const text = reason === 'hidden' ? 'Paused while the app was out of sight: nothing was counted.'
    : 'Paused: come back into the picture. Nothing is counted until you are back.';
  return <div class="paused" data-testid="paused" data-reason={reason} role="alert">{text}</div>;
}

const MARK_TEXT: { readonly [M in LiveMark['mark']]: string } = { met: '✓', 'not-met': '✗', 'not-scorable': '–' };

function Feedback({ live, mode }: { live: TaskLive; mode: LiveMode }) {
  if (live.count === 0) return null;
  if (mode === 'family') {
    return live.praise ? <p class="praise" data-testid="praise"><span aria-hidden="true">★ </span>{live.praise}</p> : null;
  }
  const marks = live.marks ?? [];
  if (marks.length === 0) return <p class="last-event">{live.lastEvent}</p>;
  return (
    <ul class="marks" data-testid="marks" aria-label={`Criteria of ${live.lastEvent ?? 'the last rep'}`}>
      {marks.map((m) => (
        <li key={m.label} class={m.mark} title={m.label}>
          <span aria-hidden="true">{MARK_TEXT[m.mark]}</span> <span class="mark-label">{m.label}</span><span class="sr-only"> {m.mark.replace('-', ' ')}</span>
        </li>
      ))}
    </ul>
  );
}

export function LiveCounter({ live, mode }: { live: TaskLive; mode: LiveMode }) {
  // Timed tasks (balance) count seconds held: the engine's unit says so ("s held").
  const timer = /^s\b/.test(live.unit);
  return (
    <div class="lset-counter">
      <p class="count" aria-live="polite" aria-atomic="true">
        {/* "count" is the id the counter had before the live set: kept for the tests that read it. */}
        <span data-testid={timer ? 'hold-timer' : 'rep-count'}><span data-testid="count">{timer ? live.count.toFixed(1) : live.count}</span></span>
        {' '}<span class="unit">{live.unit}</span>
      </p>
      <Feedback live={live} mode={mode} />
      {mode === 'therapist' && <p class="engine-status" data-testid="task-status">{live.status}</p>}
    </div>
  );
}

function trialRow(t: TrialOutcome, i: number, scoredTrials: number) {
  return <li key={i} data-kind={t.step.kind}>{stepLabel(t.step, scoredTrials)}: {t.text}</li>;
}

/** Each trial, and the best and the sum of the scored ones, as the manual reports them. */
export function ProtocolSummary({ view, best }: { view: SetView; best: { best: number; sum: number } | null }) {
  const trials = view.trials.value;
  if (trials.length === 0) return null;
  return (
    <div class="protocol-summary" data-testid="protocol-summary" data-trials={trials.filter((t) => t.step.kind === 'scored').length}
      data-best={best?.best ?? ''} data-sum={best?.sum ?? ''} aria-live="polite">
      <ul>{trials.map((t, i) => trialRow(t, i, view.scoredTrials()))}</ul>
      {best && <p><strong>Best {best.best}</strong>, sum {best.sum} (scored trials only)</p>}
    </div>
  );
}
