// The one bridge from a live query (Dexie's liveQuery, or anything with subscribe) to the UI: a signal that holds
// the latest value, and a dispose that unsubscribes. Every live query reaches the screen through here.
import { signal, type ReadonlySignal } from '@preact/signals';

/** What a live query offers: Dexie's Observable, RxJS and the TC39 proposal all fit. */
export interface Subscribable<T> {
  subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): { unsubscribe(): void };
}

export interface LiveSignal<T> {
  /** The latest value; `initial` until the first emission. */
  readonly value: ReadonlySignal<T>;
  /** True once the query has emitted at least once (tells "loading" from "empty"). */
  readonly loaded: ReadonlySignal<boolean>;
  readonly dispose: () => void;
}

/**
 * Follows `source` until disposed. `onError` gets a failed query (the query stops there, as observables do);
 * `onValue` runs after each new value is set, for the rare follow-up (e.g. re-picking a deleted child).
 */
export function liveSignal<T>(source: Subscribable<T>, initial: T, onError: (error: unknown) => void, onValue?: (value: T) => void): LiveSignal<T> {
  const value = signal<T>(initial);
  const loaded = signal(false);
  let disposed = false;
  const subscription = source.subscribe({
    next: (v) => {
      if (disposed) return;
      value.value = v;
      loaded.value = true;
      onValue?.(v);
    },
    error: (error) => { if (!disposed) onError(error); },
  });
  return {
    value,
    loaded,
    dispose: () => { disposed = true; subscription.unsubscribe(); },
  };
}
