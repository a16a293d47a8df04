// The session controller: owns the pose estimator and the running source (camera or video file) and publishes what
// the screen shows as signals. One source runs at a time; each has its own AbortController.
import { signal } from '@preact/signals';
import { trackToJson, type ModelName, type PoseFrame, type Track } from '../analysis/index.ts';
import {
  analyseVideoFile, chooseBrowserBackend, createPoseEstimator, FpsMeter, MODEL_OF_CHOICE, modelUrl,
  openCamera, runLive, type BackendName, type CameraStream, type ModelChoice, type PoseEstimator,
} from '../pose/index.ts';
import type { Notice, SessionActions, SessionView, ShownFrame, SourceKind } from '../ui/index.ts';
import { sentenceOf } from './errors.ts';
import type { FrameSink } from './task-run.ts';

/**
 * Consecutive frames without a person before "no one in view" is shown. Source: chosen for the ~15-30 fps measured
 * live in Chromium; reason: about half a second, so a single missed frame (motion blur) does not flash a message.
 */
const NO_PERSON_FRAMES = 10;
const NO_PERSON_TEXT = 'No one is in view. Step back so the whole body, head to feet, is in the picture.';

export interface SessionOptions {
  /** Where the model files are served (the app's /models/). */
  readonly modelBase: string;
  readonly preferBackend?: BackendName;
  /** Receives every analysed frame of a camera run or a video file (the task being counted). */
  readonly sink?: FrameSink;
}

export interface Session {
  readonly view: SessionView;
  readonly actions: SessionActions;
  /** Shows an unexpected error to the person (the app's top-level handler calls this). */
  report(error: unknown): void;
  /** The last video file analysed in full, as a track for the analysis layer; null before any. */
  readonly lastTrack: () => Track | null;
}

/** Nominal frames per second of a run of frames, from their own timestamps (0 when it cannot be told). */
const nominalFps = (frames: readonly PoseFrame[]): number => {
  const spanMs = (frames.at(-1)?.tMs ?? 0) - (frames[0]?.tMs ?? 0);
  return frames.length > 1 && spanMs > 0 ? Math.round((100_000 * (frames.length - 1)) / spanMs) / 100 : 0;
};

export function createSession(options: SessionOptions): Session {
  const backend = signal<string | null>(null);
  const modelInUse = signal<ModelName | null>(null);
  const model = signal<ModelChoice>('lightning');
  const busy = signal<string | null>(null);
  const source = signal<SourceKind>('idle');
  const mirrored = signal(false);
  const fps = signal(0);
  const shown = signal<ShownFrame | null>(null);
  const progress = signal<{ done: number; total: number } | null>(null);
  const counts = signal({ frames: 0, withPerson: 0 });
  const notice = signal<Notice | null>(null);
  const track = signal<Track | null>(null);

  let estimator: Promise<PoseEstimator> | undefined;
  /** The running source (camera or file). */
  let run: AbortController | undefined;
  /** The live estimation loop on the camera; replaced when the model changes, the camera stays on. */
  let liveLoop: AbortController | undefined;
  let camera: CameraStream | undefined;
  let liveVideo: HTMLVideoElement | undefined;
  let emptyRun = 0;
  /** True between the sink's begin and end: one set per camera run or video file. */
  let sinkOpen = false;
  const beginSet = (kind: 'live' | 'file', fileName: string | null, modelName: string) => {
    sinkOpen = true;
    options.sink?.begin({ source: kind, fileName, model: modelName, backend: backend.value ?? 'unknown' });
  };
  const endSet = (how: 'complete' | 'cancelled') => {
    if (!sinkOpen) return;
    sinkOpen = false;
    options.sink?.end(how);
  };

  const report = (error: unknown) => { notice.value = { kind: 'error', text: sentenceOf(error) }; };

  const loadEstimator = (choice: ModelChoice): Promise<PoseEstimator> => {
    busy.value = `Loading the ${choice === 'thunder' ? 'Thunder' : 'Lightning'} pose model…`;
    const previous = estimator;
    estimator = (async () => {
      (await previous?.catch(() => undefined))?.dispose();
      const chosen = await chooseBrowserBackend(options.preferBackend);
      backend.value = `${chosen.backend}: ${chosen.reason}`;
      modelInUse.value = null;
      const created = await createPoseEstimator(choice, modelUrl(MODEL_OF_CHOICE[choice], options.modelBase));
      modelInUse.value = created.model;
      return created;
    })();
    estimator.then(() => { busy.value = null; }, (error: unknown) => { busy.value = null; report(error); });
    return estimator;
  };

  const countFrame = (frame: PoseFrame) => {
    const person = frame.keypoints !== null;
    counts.value = { frames: counts.value.frames + 1, withPerson: counts.value.withPerson + (person ? 1 : 0) };
    emptyRun = person ? 0 : emptyRun + 1;
    if (emptyRun >= NO_PERSON_FRAMES && notice.value === null) notice.value = { kind: 'info', text: NO_PERSON_TEXT };
    if (person && notice.value?.text === NO_PERSON_TEXT) notice.value = null;
  };

  const resetCounts = () => { counts.value = { frames: 0, withPerson: 0 }; emptyRun = 0; fps.value = 0; shown.value = null; };

  /** The newest estimator: a model picked while one loads replaces (and disposes) the one awaited. */
  const currentEstimator = async (): Promise<PoseEstimator> => {
    let pending = estimator ?? loadEstimator(model.value);
    let est = await pending;
    while (estimator !== undefined && pending !== estimator) { pending = estimator; est = await pending; }
    return est;
  };

  /** (Re)starts the live loop on the camera video with the current estimator; one loop at a time. */
  const startLive = async (video: HTMLVideoElement, sourceRun: AbortController) => {
    const est = await currentEstimator();
    if (sourceRun.signal.aborted || run !== sourceRun) return;
    liveLoop?.abort();
    const loop = (liveLoop = new AbortController());
    sourceRun.signal.addEventListener('abort', () => loop.abort(), { once: true });
    est.reset();
    resetCounts();
    if (!sinkOpen) beginSet('live', null, est.model);
    runLive(video, est, {
      signal: loop.signal,
      onFrame: (r) => {
        fps.value = r.fps;
        countFrame(r.frame);
        shown.value = { frame: r.frame, width: r.width, height: r.height, picture: null };
        options.sink?.frame(r.frame, r.width, r.height);
      },
      onError: (error) => { stop(); report(error); },
    });
  };

  /** Stops the source. Stopping the camera ends the set (its result is shown); stopping a file cancels it. */
  function stop(): void {
    endSet(source.value === 'file' ? 'cancelled' : 'complete');
    run?.abort(new DOMException('Stopped by the person.', 'AbortError'));
    run = undefined;
    if (camera) shown.value = null;
    camera?.stop();
    camera = undefined;
    source.value = 'idle';
    progress.value = null;
  }

  const actions: SessionActions = {
    setModel(choice) {
      if (choice === model.value) return;
      model.value = choice;
      // Stop estimating with the old model before it is disposed; the camera itself keeps running.
      liveLoop?.abort();
      void loadEstimator(choice).then(() => {
        if (source.value === 'camera' && liveVideo && run) void startLive(liveVideo, run);
      }, () => undefined);
    },
    startCamera(video) {
      stop();
      notice.value = null;
      const controller = (run = new AbortController());
      void (async () => {
        try {
          camera = await openCamera(video, 'user');
          liveVideo = video;
          if (controller.signal.aborted) { camera.stop(); return; }
          mirrored.value = camera.mirrored;
          source.value = 'camera';
          await startLive(video, controller);
        } catch (error) {
          stop();
          report(error);
        }
      })();
    },
    stop,
    saveTrack() {
      const t = track.value;
      if (!t) return;
      const url = URL.createObjectURL(new Blob([JSON.stringify(t)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${t.source.replace(/\.[^.]+$/, '')}.${t.model.replace('movenet-', '')}.track.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
    openFile(file) {
      stop();
      notice.value = null;
      const controller = (run = new AbortController());
      source.value = 'file';
      mirrored.value = false;
      resetCounts();
      progress.value = { done: 0, total: 0 };
      track.value = null;
      void (async () => {
        const meter = new FpsMeter();
        const frames: PoseFrame[] = [];
        let size = { width: 0, height: 0 };
        try {
          const est = await currentEstimator();
          beginSet('file', file.name, est.model);
          for await (const r of analyseVideoFile(file, est, controller.signal)) {
            size = { width: r.width, height: r.height };
            frames.push(r.frame);
            countFrame(r.frame);
            fps.value = meter.add(performance.now());
            progress.value = { done: r.index + 1, total: r.total };
            shown.value = { frame: r.frame, width: r.width, height: r.height, picture: r.canvas };
            options.sink?.frame(r.frame, r.width, r.height);
          }
          const total = progress.value?.total ?? frames.length;
          endSet(frames.length === total ? 'complete' : 'cancelled');
          if (frames.length === total) {
            track.value = trackToJson({ model: est.model, source: file.name, ...size, fps: nominalFps(frames), frames });
          }
          const share = frames.length === 0 ? 0 : Math.round((100 * counts.value.withPerson) / frames.length);
          notice.value = frames.length < total
            ? { kind: 'error', text: `Only ${frames.length} of the video's ${total} frames could be decoded: the file may be damaged. Try exporting it again.` }
            : counts.value.withPerson === 0
              ? { kind: 'error', text: 'No one was found in this video. Choose a video where the whole body, head to feet, is in the picture.' }
              : { kind: 'info', text: `The video is analysed: ${frames.length} frames, a person in ${share}% of them.` };
        } catch (error) {
          if (run === controller) endSet('cancelled');
          if (controller.signal.aborted) notice.value = { kind: 'info', text: `Analysis cancelled after ${frames.length} frames.` };
          else report(error);
        } finally {
          if (run === controller) { run = undefined; source.value = 'idle'; progress.value = null; }
        }
      })();
    },
  };

  void loadEstimator(model.value).catch(() => undefined);
  return {
    view: { backend, model, modelInUse, busy, source, mirrored, fps, shown, progress, counts, notice, track },
    actions,
    report,
    lastTrack: () => track.value,
  };
}
