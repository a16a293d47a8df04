import { describe, expect, it, vi } from 'vitest';
import { CAMERA_MESSAGES, CameraError } from '../pose/index.ts';
import { createPoseRun, type PoseRunDeps } from './pose-run.ts';
import { fakeCamera, fakeEstimator, fakeVideo, personFrame, recordingSink, settle } from './test-fakes.ts';

const video = {} as HTMLVideoElement;
const file = new File([new Uint8Array(8)], 'crawl.mov');

function setUp(frameCount = 3) {
  const camera = fakeCamera();
  const clip = fakeVideo(Array.from({ length: frameCount }, (_, i) => personFrame(i * 33)));
  const estimators = { lightning: fakeEstimator('movenet-lightning'), thunder: fakeEstimator('movenet-thunder') };
  const download = vi.fn();
  const deps: PoseRunDeps = {
    chooseBackend: () => Promise.resolve({ backend: 'wasm', renderer: null, reason: 'WebAssembly' }),
    createEstimator: (choice) => Promise.resolve(estimators[choice]),
    openCamera: camera.openCamera,
    runLive: camera.runLive,
    analyseFile: clip.analyse,
    now: () => 0,
    download,
  };
  const recorded = recordingSink();
  const poseRun = createPoseRun({ sink: recorded.sink }, deps);
  return { camera, clip, estimators, download, recorded, poseRun };
}

describe('pose run', () => {
  it('loads Lightning at once and reports the backend in use', async () => {
    const { poseRun } = setUp();
    await settle();
    expect(poseRun.view.modelInUse.value).toBe('movenet-lightning');
    expect(poseRun.view.backend.value).toBe('wasm: WebAssembly');
    expect(poseRun.view.busy.value).toBeNull();
  });

  it('runs one source at a time: opening a file stops the camera and completes its set', async () => {
    const { camera, recorded, poseRun } = setUp();
    poseRun.actions.startCamera(video);
    await settle();
    camera.frame(personFrame(0));
    poseRun.actions.openFile(file);
    expect(camera.cameras[0]!.stopped).toBe(true);
    await settle();
    expect(recorded.events.map(([kind, what]) => (kind === 'frame' ? kind : `${kind}:${typeof what === 'string' ? what : what.source}`)))
      .toEqual(['begin:live', 'frame', 'end:complete', 'begin:file', 'frame', 'frame', 'frame', 'end:complete']);
    expect(poseRun.view.source.value).toBe('idle');
    expect(poseRun.lastTrack()?.frames).toHaveLength(3);
  });

  it('switches the model under a running camera without ending the set, and disposes the old model', async () => {
    const { camera, estimators, recorded, poseRun } = setUp();
    poseRun.actions.startCamera(video);
    await settle();
    poseRun.actions.setModel('thunder');
    await settle();
    expect(estimators.lightning.disposed).toBe(true);
    expect(camera.loops.at(-1)!.estimator).toBe(estimators.thunder);
    expect(recorded.events.filter(([kind]) => kind !== 'frame')).toHaveLength(1);
    expect(poseRun.view.model.value).toBe('thunder');
  });

  it('runs the camera with Lightning when Thunder (too slow to follow live) is picked, and keeps Thunder for files', async () => {
    const { camera, poseRun } = setUp();
    poseRun.actions.setModel('thunder');
    await settle();
    poseRun.actions.startCamera(video);
    await settle();
    expect(poseRun.view.model.value).toBe('lightning');
    expect(camera.loops.at(-1)!.estimator.model).toBe('movenet-lightning');
    poseRun.actions.stop();
    poseRun.actions.setModel('thunder');
    poseRun.actions.openFile(file);
    await settle();
    expect(poseRun.lastTrack()?.model).toBe('movenet-thunder');
  });

  it('stops and says why when the camera cannot open', async () => {
    const { camera, poseRun } = setUp();
    camera.failNextOpen(new CameraError('busy'));
    poseRun.actions.startCamera(video);
    await settle();
    expect(poseRun.view.source.value).toBe('idle');
    expect(poseRun.view.notice.value).toEqual({ kind: 'error', text: CAMERA_MESSAGES.busy });
  });

  it('leaves a newer run alone when a stopped file ends late', async () => {
    const { camera, poseRun } = setUp(40);
    poseRun.actions.openFile(file);
    await Promise.resolve();
    poseRun.actions.startCamera(video);
    await settle();
    expect(poseRun.view.source.value).toBe('camera');
    expect(camera.cameras[0]!.stopped).toBe(false);
  });

  it('saves the last analysed file as a track named after it', async () => {
    const { download, poseRun } = setUp();
    poseRun.actions.saveTrack();
    expect(download).not.toHaveBeenCalled();
    poseRun.actions.openFile(file);
    await settle();
    poseRun.actions.saveTrack();
    expect(download).toHaveBeenCalledWith(expect.any(Blob), 'crawl.lightning.track.json');
  });
});
