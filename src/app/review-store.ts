// Therapist corrections and interrupted sessions over the records layer: a live review per shown session, saving an
// override, and the sessions a closed tab or a crash left "recording". RecordsError sentences are shown as they are.
import { computed, signal } from '@preact/signals';
import {
  deleteSession, keepUnfinishedSession, liveSessionReview, overrideGrade, RecordsError, setSessionNote, unfinishedSessions,
  type RecordsDb, type SessionReview, type SessionRow,
} from '../records/index.ts';
import type { InterruptedActions, InterruptedView, Notice, ReviewActions } from '../ui/index.ts';
import { mainNumberOf } from '../ui/index.ts';
import { sentenceOf } from './errors.ts';
import { liveSignal } from './live-signal.ts';

/** A RecordsError already says what happened and what to do; anything else is unexpected and logged as well. */
const sentenceFor = (error: unknown): string => {
  if (error instanceof RecordsError) return error.message;
  console.error(error);
  return sentenceOf(error);
};

export function createReviewActions(db: RecordsDb): ReviewActions {
  return {
    watch(sessionId) {
      const failure = signal<string | null>(null);
      const live = liveSignal<SessionReview | undefined>(liveSessionReview(db, sessionId), undefined, (error) => { failure.value = sentenceFor(error); });
      const state = computed(() => ({
        review: failure.value === null ? live.value.value : undefined,
        loaded: live.loaded.value || failure.value !== null,
        failure: failure.value,
      }));
      return { state, dispose: live.dispose };
    },
    correct: (change) => overrideGrade(db, change).then(() => null, sentenceFor),
    setNote: (sessionId, note) => setSessionNote(db, sessionId, note).then(() => null, sentenceFor),
  };
}

/**
 * The sessions left "recording" when the page loaded, read once: a set recorded in this page is "recording" too while
 * it runs, and must not be offered for deletion.
 */
export function createInterrupted(db: RecordsDb): { view: InterruptedView; actions: InterruptedActions } {
  const sessions = signal<readonly SessionRow[]>([]);
  const message = signal<Notice | null>(null);
  const loadedAtMs = Date.now();
  unfinishedSessions(db).then((rows) => { sessions.value = rows.filter((s) => s.startedAtMs < loadedAtMs); }, (error: unknown) => {
    message.value = { kind: 'error', text: sentenceFor(error) };
  });
  const settle = (s: SessionRow, work: Promise<void>, done: string) => {
    work.then(() => {
      sessions.value = sessions.value.filter((x) => x.id !== s.id);
      message.value = { kind: 'info', text: done };
    }, (error: unknown) => { message.value = { kind: 'error', text: sentenceFor(error) }; });
  };
  return {
    view: { sessions, message },
    actions: {
      keep: (s) => settle(s, keepUnfinishedSession(db, s.id), `The interrupted session is kept in History with what was saved before it stopped (${mainNumberOf(s)}).`),
      discard: (s) => settle(s, deleteSession(db, s.id), 'The interrupted session is deleted, with its saved items and track.'),
    },
  };
}
