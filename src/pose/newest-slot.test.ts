import { describe, expect, it } from 'vitest';
import { NewestSlot } from './newest-slot.ts';

/** A model the test frees by hand: each started item's `free` and `result` settle when the test says. */
function manualModel() {
  const started: { item: number; finish: (value: string) => void }[] = [];
  const dropped: number[] = [];
  const events: string[] = [];
  const slot = new NewestSlot<number, string>((item) => {
    let finish!: (value: string) => void;
    const free = new Promise<string>((resolve) => { finish = resolve; });
    started.push({ item, finish });
    // Something else that waits on `free` from a later step (the frame worker's finishing step, chained on its tail).
    queueMicrotask(() => { void free.then(() => events.push(`finished ${item}`)); });
    return { free, result: free };
  }, (item) => dropped.push(item));
  void slot.offer(0); // first item: started at once
  return { slot, started, dropped, events };
}

const tick = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

describe('NewestSlot', () => {
  it('keeps only the newest item while busy, drops the others with null, and starts it once free', async () => {
    const { slot, started, dropped } = manualModel();
    const one = slot.offer(1);
    const two = slot.offer(2);
    expect(started.map((s) => s.item)).toEqual([0]);
    expect(await one).toBeNull();
    expect(dropped).toEqual([1]);
    started[0]!.finish('pose 0');
    await tick();
    expect(started.map((s) => s.item)).toEqual([0, 2]);
    started[1]!.finish('pose 2');
    expect(await two).toBe('pose 2');
  });

  it('starts the waiting item before anything that waited on the model being free after it started', async () => {
    const { slot, started, events } = manualModel();
    void slot.offer(1);
    const origPush = started.push.bind(started);
    started.push = (...items) => { events.push(`started ${items[0]!.item}`); return origPush(...items); };
    started[0]!.finish('pose 0');
    await tick();
    expect(events.slice(0, 2)).toEqual(['started 1', 'finished 0']);
  });

  it('clear drops the waiting item and lets the one with the model finish', async () => {
    const { slot, started, dropped } = manualModel();
    const waiting = slot.offer(1);
    slot.clear();
    expect(await waiting).toBeNull();
    expect(dropped).toEqual([1]);
    started[0]!.finish('pose 0');
    await tick();
    expect(started).toHaveLength(1);
  });
});
