// The pose run: the controller behind the camera and video-file controls. It owns the model loader and at most one
// running source (camera or file; see camera-run.ts and file-run.ts) and publishes what the screen shows as signals.
// Not to be confused with a saved session (records) or the screen (ui/AppScreen.tsx).
import { signal } from '@preact/signals';
import type { Track } from '../analysis/index.ts';
import {
  analyseVideoFile, LIVE_CAPABLE, MODEL_OF_CHOICE, modelUrl, moduleWorkersSupported, openCamera, runLive, startInPagePose, startPoseWorker,
  type BackendName, type ModelChoice,
  type PoseWorker,
} from '../pose/index.ts';
import type { PoseRunActions, PoseRunView } from '../ui/index.ts';
import { startCameraRun, type CameraDeps, type CameraRun } from './camera-run.ts';
import { downloadBlob } from './download.ts';
import { sentenceOf } from './errors.ts';
import { startFileRun, type AnalyseFile, type FileRun } from './file-run.ts';
import { createModelLoader, type ModelLoaderDeps } from './model-loader.ts';
import { keepModelOffline } from './offline-model.ts';
import { createPoseRunState } from './pose-run-state.ts';
import type { FrameSink } from './task-run.ts';

export interface PoseRunOptions {
  readonly preferBackend?: BackendName;
  /** Receives every analysed frame of a camera run or a video file (the task being counted). */
  readonly sink?: FrameSink;
}

/** Everything a pose run reaches outside itself; the browser's in the page, fakes in tests. */
export interface PoseRunDeps extends ModelLoaderDeps, CameraDeps {
  readonly analyseFile: AnalyseFile;
  readonly now: () => number;
  download(blob: Blob, fileName: string): void;
}

export interface PoseRun {
  readonly view: PoseRunView;
  readonly actions: PoseRunActions;
  /** Shows an unexpected error to the person (the app's top-level handler calls this). */
  readonly report: (error: unknown) => void;
  /** The last video file analysed in full, as a track for the analysis layer (built at each call); null before any. */
  readonly lastTrack: () => Track | null;
}

/**
 * The real pose layer, with the models served from `modelBase` (the app's /models/). The model runs in the pose worker,
 * started on first use; the page keeps the camera, the decoder and the drawing.
 */
export const browserPoseRunDeps = (modelBase: string): PoseRunDeps => {
  let worker: PoseWorker | undefined;
  // A browser without module workers runs the same estimator in the page (in-page-pose.ts).
  const poseWorker = () => (worker ??= moduleWorkersSupported() ? startPoseWorker() : startInPagePose());
  return {
    chooseBackend: (prefer) => poseWorker().chooseBackend(prefer),
    async createEstimator(choice) {
      const url = modelUrl(MODEL_OF_CHOICE[choice], modelBase);
      const created = await poseWorker().createEstimator(choice, url);
      // Thunder is cached on first use; on the very first visit the service worker did not see its download.
      if (choice === 'thunder' && typeof __SPRINGBOARD_THUNDER_CACHE__ === 'string' && typeof caches !== 'undefined') {
        keepModelOffline(new URL(url, location.href).href, __SPRINGBOARD_THUNDER_CACHE__, {
          // Undefined where the page is not a secure context, whatever the DOM types say.
          serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined, caches,
          fetchJson: async (u): Promise<unknown> => (await fetch(u)).json() as Promise<unknown>,
        }).catch((error: unknown) => { console.warn('Thunder could not be kept for offline use:', error); });
      }
      return created;
    },
    openCamera: (video) => openCamera(video, 'user'),
    runLive,
    analyseFile: analyseVideoFile,
    now: () => performance.now(),
    download: downloadBlob,
  };
};

export function createPoseRun(options: PoseRunOptions, deps: PoseRunDeps): PoseRun {
  const model = signal<ModelChoice>('lightning');
  const state = createPoseRunState(options.sink, () => loader.backend.value ?? 'unknown');
  const { notice } = state;
  const report = (error: unknown) => { notice.value = { kind: 'error', text: sentenceOf(error) }; };
  const loader = createModelLoader(deps, report, options.preferBackend);
  const estimator = () => loader.current(model.value);
  let running: CameraRun | FileRun | undefined;

  /** Stops the source. Stopping the camera ends the set (its result is shown); stopping a file cancels it. */
  const stop = () => {
    const stopped = running;
    running = undefined;
    stopped?.stop();
    state.source.value = 'idle';
    state.progress.value = null;
  };
  /** A run that ended or failed by itself goes idle, unless another run has replaced it meanwhile. */
  const ended = (run: CameraRun | FileRun) => { if (running === run) stop(); };

  const actions: PoseRunActions = {
    setModel(choice) {
      if (choice === model.value) return;
      model.value = choice;
      // Stop estimating with the old model before it is disposed; the camera itself keeps running.
      const camera = running?.kind === 'camera' ? running : undefined;
      camera?.pauseLoop();
      loader.load(choice).then(() => { if (running === camera) camera?.restartLoop(); }, () => undefined);
    },
    startCamera(video) {
      stop();
      notice.value = null;
      // A model too slow to follow live movement (Thunder) is for recorded videos only: the camera runs Lightning.
      if (!LIVE_CAPABLE[model.value]) actions.setModel('lightning');
      const run: CameraRun = (running = startCameraRun(video, {
        state, deps, estimator,
        onFailure: (error) => { ended(run); report(error); },
      }));
    },
    stop,
    saveTrack() {
      const t = track();
      if (!t) return;
      deps.download(new Blob([JSON.stringify(t)], { type: 'application/json' }),
        `${t.source.replace(/\.[^.]+$/, '')}.${t.model.replace('movenet-', '')}.track.json`);
    },
    openFile(file) {
      stop();
      notice.value = null;
      const run: FileRun = (running = startFileRun(file, {
        state, estimator, report, analyse: deps.analyseFile, now: deps.now,
        onEnded: () => ended(run),
      }));
    },
  };
  /** The plain track is built on demand (saving, tests): the run keeps only the compact one. */
  const track = (): Track | null => {
    const kept = state.track.value;
    return kept && kept.frames.toTrack(kept.info);
  };

  void loader.load(model.value).catch(() => undefined);
  const { source, mirrored, fps, dropped, shown, progress, counts } = state;
  return {
    view: { backend: loader.backend, model, modelInUse: loader.modelInUse, busy: loader.busy, source, mirrored, fps, dropped, shown, progress, counts, notice, track: state.track, videoReader: state.videoReader },
    actions,
    report,
    lastTrack: track,
  };
}
