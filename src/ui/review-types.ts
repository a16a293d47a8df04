// What the result screen needs to show a saved session with the therapist's corrections, and what the page needs to
// offer interrupted sessions; the composition root builds both over the records layer.
import type { ReadonlySignal } from '@preact/signals';
import type { NewOverride, SessionReview, SessionRow } from '../records/index.ts';

/** A saved session followed live: its review (undefined once deleted), whether it has loaded, or why it failed. */
export interface ReviewState {
  readonly review: SessionReview | undefined;
  readonly loaded: boolean;
  /** A sentence for the person when the query failed, else null. */
  readonly failure: string | null;
}

export interface WatchedReview {
  /** Updated after every change to the session or its overrides. */
  readonly state: ReadonlySignal<ReviewState>;
  /** Stops following the session. */
  readonly dispose: () => void;
}

export interface ReviewActions {
  /** Follows a saved session with its overrides (a live query) until disposed. */
  watch(sessionId: string): WatchedReview;
  /** Saves a therapist's correction; resolves null when saved, else the sentence to show (a RecordsError's as it is). */
  readonly correct: (change: NewOverride) => Promise<string | null>;
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
