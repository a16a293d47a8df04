// A saved session's result with the therapist's corrections: the set just finished (once saved) and a session opened
// from History both follow the records' live review, so a correction shows as soon as it is saved.
import { useEffect, useState } from 'preact/hooks';
import type { TaskDefinition } from '../analysis/index.ts';
import { formatTime } from './GradeCorrection.tsx';
import { resultOfReview } from './override-model.ts';
import { ResultView } from './ResultView.tsx';
import { SessionNote } from './SessionNote.tsx';
import type { ReviewActions, ReviewState, WatchedReview } from './review-types.ts';
import type { Mode, TaskOutcome } from './types.ts';
import type { SessionRow } from '../records/index.ts';
import type { ComponentChildren } from 'preact';

const NOT_LOADED: ReviewState = { review: undefined, loaded: false, failure: null };

/**
 * Follows a session's review while the component is shown: the live query arrives as a signal (app/live-signal.ts,
 * the one bridge), read here so that the component re-renders on every change.
 */
export function useSessionReview(actions: ReviewActions, sessionId: string | undefined): ReviewState {
  const [watched, setWatched] = useState<{ readonly sessionId: string; readonly live: WatchedReview } | null>(null);
  useEffect(() => {
    if (!sessionId) return undefined;
    const live = actions.watch(sessionId);
    setWatched({ sessionId, live });
    return () => live.dispose();
  }, [actions, sessionId]);
  return watched && watched.sessionId === sessionId ? watched.live.state.value : NOT_LOADED;
}

/** The set just finished; its marks become correctable once it is saved. */
export function GradedResult({ outcome, review, mode }: { outcome: TaskOutcome; review: ReviewActions; mode?: Mode }) {
  const state = useSessionReview(review, outcome.sessionId);
  const grading = outcome.sessionId ? { sessionId: outcome.sessionId, review: state.review, correct: review.correct } : undefined;
  return (
    <>
      <ResultView outcome={outcome} grading={grading} mode={mode} />
      {outcome.sessionId && state.review && <SessionNote sessionId={outcome.sessionId} saved={state.review.session.note ?? ''} actions={review} />}
      {state.failure && <p class="notice error" role="alert">{state.failure}</p>}
    </>
  );
}

/** A session opened from History, with its corrections. */
export function SavedSessionView({ sessionId, tasks, review, onClose, mode, extra }: {
  sessionId: string; tasks: readonly TaskDefinition[]; review: ReviewActions; onClose: () => void; mode?: Mode;
  /** More for this session under its note (e.g. moving a Guest's session to a child). */
  extra?: (session: SessionRow) => ComponentChildren;
}) {
  const state = useSessionReview(review, sessionId);
  const close = <button type="button" class="secondary" onClick={onClose}>Close this session</button>;
  if (state.failure) return <div data-testid="opened-session"><p class="notice error" role="alert">{state.failure}</p>{close}</div>;
  if (!state.loaded) return <p role="status">Opening the session…</p>;
  const session = state.review?.session;
  const task = session && tasks.find((t) => t.id === session.task);
  if (!state.review || !session || !task) {
    const why = !session ? 'This session no longer exists (it was deleted)' : `This version of the app does not know the task "${session.task}"`;
    return <div data-testid="opened-session"><p class="notice info">{why}: pick another session in History.</p>{close}</div>;
  }
  const interrupted = session.status === 'complete' ? '' : ' It was interrupted before the end.';
  const outcome: TaskOutcome = { task, result: resultOfReview(state.review), saved: `Recorded on ${formatTime(session.startedAtMs)}.${interrupted}`, sessionId };
  return (
    <div data-testid="opened-session" class="opened-session">
      <ResultView outcome={outcome} grading={{ sessionId, review: state.review, correct: review.correct }} mode={mode} />
      <SessionNote sessionId={sessionId} saved={session.note ?? ''} actions={review} />
      {extra?.(session)}
      {close}
    </div>
  );
}
