import { describe, expect, it, vi } from 'vitest';
import { startCameraRun } from './camera-run.ts';
import { createPoseRunState, NO_PERSON_FRAMES, NO_PERSON_TEXT } from './pose-run-state.ts';
import { emptyFrame, fakeCamera, fakeEstimator, personFrame, recordingSink, settle } from './test-fakes.ts';

const video = {} as HTMLVideoElement;

function setUp() {
  const camera = fakeCamera();
  const recorded = recordingSink();
  const state = createPoseRunState(recorded.sink, () => 'wasm: test');
  let estimator = fakeEstimator();
  const onFailure = vi.fn();
  const run = startCameraRun(video, { state, deps: camera, estimator: () => Promise.resolve(estimator), onFailure });
  return { camera, recorded, state, run, onFailure, swap: (e: typeof estimator) => { estimator = e; }, first: estimator };
}

describe('camera run', () => {
  it('opens the camera, starts one set and shows each live frame', async () => {
    const { camera, recorded, state, first } = setUp();
    await settle();
    expect(state.source.value).toBe('camera');
    expect(state.mirrored.value).toBe(true);
    expect(first.resets).toBe(1);
    camera.frame(personFrame(0), 29);
    expect(state.dropped.value).toBe(1);
    camera.frame(personFrame(33));
    expect(state.fps.value).toBe(30);
    expect(state.counts.value).toEqual({ frames: 2, withPerson: 2 });
    expect(state.shown.value?.picture).toBeNull();
    expect(recorded.events).toEqual([
      ['begin', { source: 'live', fileName: null, model: 'movenet-lightning', backend: 'wasm: test' }], ['frame', 0], ['frame', 33],
    ]);
  });

  it('says no one is in view after a run of empty frames, and clears it when a person returns', async () => {
    const { camera, state } = setUp();
    await settle();
    for (let i = 0; i < NO_PERSON_FRAMES - 1; i++) camera.frame(emptyFrame(i));
    expect(state.notice.value).toBeNull();
    camera.frame(emptyFrame(99));
    expect(state.notice.value?.text).toBe(NO_PERSON_TEXT);
    camera.frame(personFrame(100));
    expect(state.notice.value).toBeNull();
  });

  it('completes the set and turns the camera off when stopped', async () => {
    const { camera, recorded, state, run } = setUp();
    await settle();
    camera.frame(personFrame(0));
    run.stop();
    expect(recorded.events.at(-1)).toEqual(['end', 'complete']);
    expect(camera.cameras[0]!.stopped).toBe(true);
    expect(camera.loops[0]!.options.signal.aborted).toBe(true);
    expect(state.shown.value).toBeNull();
  });

  it('restarts only the loop on another model: the camera stays on and the set stays open', async () => {
    const { camera, recorded, run, swap } = setUp();
    await settle();
    camera.frame(personFrame(0));
    run.pauseLoop();
    expect(camera.loops[0]!.options.signal.aborted).toBe(true);
    const thunder = fakeEstimator('movenet-thunder');
    swap(thunder);
    run.restartLoop();
    await settle();
    expect(camera.loops).toHaveLength(2);
    expect(camera.loops[1]!.estimator).toBe(thunder);
    expect(camera.cameras[0]!.stopped).toBe(false);
    camera.frame(personFrame(40));
    expect(recorded.events.filter(([kind]) => kind === 'begin')).toHaveLength(1);
    expect(recorded.events.filter(([kind]) => kind === 'end')).toHaveLength(0);
  });

  it('hands a camera that cannot open, or a failing loop, to onFailure', async () => {
    const camera = fakeCamera();
    const state = createPoseRunState(undefined, () => 'wasm');
    const onFailure = vi.fn();
    camera.failNextOpen(new Error('Permission denied'));
    startCameraRun(video, { state, deps: camera, estimator: () => Promise.resolve(fakeEstimator()), onFailure });
    await settle();
    expect(onFailure).toHaveBeenCalledWith(new Error('Permission denied'));
    expect(state.source.value).toBe('idle');
    startCameraRun(video, { state, deps: camera, estimator: () => Promise.resolve(fakeEstimator()), onFailure });
    await settle();
    camera.loops[0]!.options.onError(new Error('The model failed on a frame.'));
    expect(onFailure).toHaveBeenLastCalledWith(new Error('The model failed on a frame.'));
  });

  it('turns a camera that opens after the run was stopped straight off', async () => {
    const { camera, run, state } = setUp();
    run.stop();
    await settle();
    expect(camera.cameras[0]!.stopped).toBe(true);
    expect(camera.loops).toHaveLength(0);
    expect(state.source.value).toBe('idle');
  });
});
