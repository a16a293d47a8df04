// The live frame policy, in one place: an item (a camera frame) that comes while the model is busy waits in a single
// slot; a newer one replaces it (the older is dropped and its promise gives null), and the waiting one starts the
// moment the model is free. Nothing is ever queued. runLive keeps one over the page's estimator (live.ts), the frame
// worker one over frames already read (frame-reader-worker.ts).

/** One item started: `free` settles when the model can take the next one, `result` when this one's answer is ready. */
export interface Started<R> {
  readonly free: Promise<unknown>;
  readonly result: Promise<R>;
}

export class NewestSlot<T, R> {
  private busy = false;
  private waiting: { readonly item: T; readonly settle: (result: Promise<R> | null) => void } | null = null;

  /** start: hands an item to the model; drop: lets a replaced item go (closes a frame, recycles a buffer). */
  constructor(private readonly start: (item: T) => Started<R>, private readonly drop: (item: T) => void) {}

  /** The item's answer, or null when a newer item replaced it before the model was free. */
  offer(item: T): Promise<R | null> {
    if (!this.busy) return this.begin(item);
    this.clear();
    return new Promise((resolve, reject) => {
      this.waiting = { item, settle: (result) => { if (result) result.then(resolve, reject); else resolve(null); } };
    });
  }

  /** Drops the waiting item (its promise gives null); the one with the model finishes. */
  clear(): void {
    const dropped = this.waiting;
    this.waiting = null;
    if (dropped) { this.drop(dropped.item); dropped.settle(null); }
  }

  private begin(item: T): Promise<R> {
    this.busy = true;
    const { free, result } = this.start(item);
    // Registered at once, so the next item starts before anything else waiting on `free` (e.g. this item's finishing).
    const next = () => {
      this.busy = false;
      const waiting = this.waiting;
      this.waiting = null;
      if (waiting) waiting.settle(this.begin(waiting.item));
    };
    free.then(next, next);
    return result;
  }
}
