import { describe, expect, it, vi } from 'vitest';
import { liveSignal, type Subscribable } from './live-signal.ts';

/** A hand-driven subscribable: the test emits values and errors, and sees whether it is still subscribed. */
function fakeQuery<T>() {
  let observer: { next: (v: T) => void; error: (e: unknown) => void } | undefined;
  let subscribed = false;
  const source: Subscribable<T> = {
    subscribe(o) {
      observer = o;
      subscribed = true;
      return { unsubscribe: () => { subscribed = false; } };
    },
  };
  return { source, emit: (v: T) => observer?.next(v), fail: (e: unknown) => observer?.error(e), subscribed: () => subscribed };
}

describe('liveSignal', () => {
  it('holds the initial value until the query emits, then each new value', () => {
    const q = fakeQuery<number[]>();
    const live = liveSignal(q.source, [], () => undefined);
    expect(live.value.value).toEqual([]);
    expect(live.loaded.value).toBe(false);
    q.emit([1]);
    q.emit([1, 2]);
    expect(live.value.value).toEqual([1, 2]);
    expect(live.loaded.value).toBe(true);
  });

  it('passes errors on and calls onValue after the signal is set', () => {
    const q = fakeQuery<string>();
    const onError = vi.fn();
    const seen: string[] = [];
    const live = liveSignal(q.source, '', onError, (v) => seen.push(`${v}=${live.value.value}`));
    q.emit('a');
    q.fail(new Error('gone'));
    expect(seen).toEqual(['a=a']);
    expect(onError).toHaveBeenCalledWith(new Error('gone'));
  });

  it('unsubscribes on dispose and ignores anything emitted late', () => {
    const q = fakeQuery<number>();
    const onError = vi.fn();
    const live = liveSignal(q.source, 0, onError);
    live.dispose();
    expect(q.subscribed()).toBe(false);
    q.emit(5);
    q.fail(new Error('late'));
    expect(live.value.value).toBe(0);
    expect(onError).not.toHaveBeenCalled();
  });
});
