import { describe, expect, it } from 'vitest';
import { moduleWorkersSupported } from './in-page-pose.ts';

/** A Worker constructor as a browser has it: `readsType` says whether it knows the `type` option. */
function fakeWorker(readsType: boolean, refuses = false): typeof Worker {
  return class {
    constructor(_url: string, options?: WorkerOptions) {
      if (readsType) void options?.type;
      if (refuses) throw new DOMException('Refused.', 'SecurityError');
    }
    terminate(): void { /* nothing started */ }
  } as unknown as typeof Worker; // only the constructor and terminate() are probed
}

describe('moduleWorkersSupported', () => {
  it('is true where the Worker constructor reads the type option (current Chromium, Firefox, Safari)', () => {
    expect(moduleWorkersSupported({ Worker: fakeWorker(true) })).toBe(true);
  });

  it('is false where it ignores the option (Firefox before 114, Safari before 15): the model then runs in the page', () => {
    expect(moduleWorkersSupported({ Worker: fakeWorker(false) })).toBe(false);
  });

  it('is false without any Worker, and keeps its answer when the probe worker itself is refused', () => {
    expect(moduleWorkersSupported({})).toBe(false);
    expect(moduleWorkersSupported({ Worker: fakeWorker(true, true) })).toBe(true);
  });
});
