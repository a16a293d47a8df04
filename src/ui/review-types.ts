// What the result screen needs to show a saved session with the therapist's corrections, and what the page needs to
// offer interrupted sessions; the composition root builds both over the records layer.
import type { ReadonlySignal } from '@preact/signals';
import type { NewOverride, SessionReview, SessionRow } from '../records/index.ts';

export interface ReviewActions {
  /**
   * Follows a saved session with its overrides (a live query): `next` gets it again after every change, undefined once
   * the session is deleted; `fail` gets a sentence for the person. Returns the unsubscribe function.
   */
  watch(sessionId: string, next: (review: SessionReview | undefined) => void, fail: (text: string) => void): () => void;
  /** Saves a therapist's correction; resolves null when saved, else the sentence to show (a RecordsError's as it is). */
  correct(change: NewOverride): Promise<string | null>;
  /** Saves a session's note; resolves null when saved, else the sentence to show. */
  setNote(sessionId: string, note: string): Promise<string | null>;
}

export interface InterruptedView {
  /** Sessions found "recording" when the page loaded (a closed tab or a crash), minus those already dealt with. */
  readonly sessions: ReadonlySignal<readonly SessionRow[]>;
  /** What happened to the last one dealt with, or why it failed. */
  readonly message: ReadonlySignal<{ readonly kind: 'error' | 'info'; readonly text: string } | null>;
}

export interface InterruptedActions {
  keep(session: SessionRow): void;
  discard(session: SessionRow): void;
}
