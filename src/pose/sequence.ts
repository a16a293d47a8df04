// Work that must run one step at a time, in the order it was asked for: MoveNet crops around the previous pose, the
// frame readers reuse their memory from frame to frame, and the camera measure compares each frame with the one
// before. One small class for the estimator, the pose worker and the frame worker.

/** Steps run one at a time in call order; each joins the tail when it is asked for, and a failed step does not stop the ones after it. */
export class Sequence {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `work` once every step asked for before it has run. */
  run<T>(work: () => T | Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Runs `step` with `input`'s value once every step asked for before it has run and `input` is settled. */
  after<I, T>(input: Promise<I>, step: (value: I) => T | Promise<T>): Promise<T> {
    return this.run(() => input.then(step));
  }
}
