// runLive's frame policy with a fake video, VideoFrame and estimator: frames that come while the estimator is busy
// are never queued (one waits, a newer one replaces it and the older is closed and counted as dropped).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PoseFrame } from '../analysis/index.ts';
import type { FrameEstimator } from './estimator.ts';
import { runLive, type LiveFrame } from './live.ts';

class FakeVideoFrame {
  static open = 0;
  closed = false;
  readonly timestamp: number;
  constructor(_video: unknown, init: { timestamp: number }) { this.timestamp = init.timestamp; FakeVideoFrame.open++; }
  close() { if (!this.closed) { this.closed = true; FakeVideoFrame.open--; } }
}

/** A video whose frames the test presents one by one, as requestVideoFrameCallback would. */
function fakeVideo() {
  let callback: ((now: number, meta: { mediaTime: number }) => void) | undefined;
  const video = {
    readyState: 4, videoWidth: 640, videoHeight: 480,
    requestVideoFrameCallback(cb: typeof callback) { callback = cb; return 1; },
    cancelVideoFrameCallback() { callback = undefined; },
  };
  return { video: video as unknown as HTMLVideoElement, present: (tMs: number) => callback?.(0, { mediaTime: tMs / 1000 }) };
}

/** An estimator that finishes each frame when the test says so. */
function manualEstimator() {
  const pending: { frame: FakeVideoFrame; tMs: number; done: () => void }[] = [];
  const estimator: FrameEstimator = {
    model: 'movenet-lightning', backend: 'fake',
    estimateFrame(frame, tMs) {
      return new Promise<PoseFrame>((resolve) => {
        pending.push({ frame: frame as unknown as FakeVideoFrame, tMs, done: () => { frame.close(); resolve({ tMs, keypoints: null }); } });
      });
    },
    reset() {}, dispose() {},
  };
  return { estimator, pending };
}

const tick = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

/** runLive on a fake video and a manual estimator, with the frames at 0, 33, 67 and 100 ms already presented. */
function liveAfterFourFrames() {
  const { video, present } = fakeVideo();
  const { estimator, pending } = manualEstimator();
  const shown: LiveFrame[] = [];
  const controller = new AbortController();
  runLive(video, estimator, { signal: controller.signal, onFrame: (r) => shown.push(r), onError: (e) => { throw e; } });
  for (const tMs of [0, 33, 67, 100]) present(tMs);
  return { pending, shown, controller };
}

describe('runLive frame policy', () => {
  beforeEach(() => {
    vi.stubGlobal('VideoFrame', FakeVideoFrame);
    vi.stubGlobal('HTMLMediaElement', { HAVE_CURRENT_DATA: 2 });
    FakeVideoFrame.open = 0;
  });
  afterEach(() => { vi.unstubAllGlobals(); });

  it('estimates the newest frame when the estimator frees up, drops the ones in between and counts them', async () => {
    const { pending, shown, controller } = liveAfterFourFrames();
    expect(pending.map((p) => p.tMs)).toEqual([0]);
    expect(FakeVideoFrame.open).toBe(2); // the one being estimated and the newest waiting: nothing queued
    pending[0]!.done();
    await tick();
    expect(pending.map((p) => p.tMs)).toEqual([0, 100]);
    expect(shown.map((r) => [r.frame.tMs, r.dropped])).toEqual([[0, 2]]);
    pending[1]!.done();
    await tick();
    expect(shown.map((r) => r.frame.tMs)).toEqual([0, 100]);
    expect(FakeVideoFrame.open).toBe(0);
    controller.abort();
  });

  it('starts a frame at once when the estimator is idle, and closes the waiting frame when stopped', async () => {
    const { video, present } = fakeVideo();
    const { estimator, pending } = manualEstimator();
    const controller = new AbortController();
    runLive(video, estimator, { signal: controller.signal, onFrame: () => undefined, onError: (e) => { throw e; } });
    present(0);
    pending[0]!.done();
    await tick();
    present(33);
    expect(pending.map((p) => p.tMs)).toEqual([0, 33]);
    present(67);
    controller.abort();
    pending[1]!.done();
    await tick();
    expect(FakeVideoFrame.open).toBe(0);
    present(100);
    expect(pending).toHaveLength(2);
  });

  it('hands every frame to an estimator with its own newest-frame slot, and counts the ones it drops', async () => {
    const { video, present } = fakeVideo();
    const handed: number[] = [];
    const estimator: FrameEstimator = {
      model: 'movenet-lightning', backend: 'fake',
      estimateFrame: () => Promise.reject(new Error('live frames go to estimateNewest')),
      // The pose workers' slot, faked: the frames at 33 and 67 ms were replaced before the model was free.
      estimateNewest(frame, tMs) {
        handed.push(tMs);
        frame.close();
        return Promise.resolve(tMs === 33 || tMs === 67 ? null : { tMs, keypoints: null });
      },
      reset() {}, dispose() {},
    };
    const shown: LiveFrame[] = [];
    const controller = new AbortController();
    runLive(video, estimator, { signal: controller.signal, onFrame: (r) => shown.push(r), onError: (e) => { throw e; } });
    for (const tMs of [0, 33, 67, 100]) present(tMs);
    await tick();
    expect(handed).toEqual([0, 33, 67, 100]); // nothing held back in the page
    expect(shown.map((r) => [r.frame.tMs, r.dropped])).toEqual([[0, 0], [100, 2]]);
    expect(FakeVideoFrame.open).toBe(0);
    controller.abort();
  });
});
