// The camera controller of a pose run: opens the camera, runs the live estimation loop on its video, and restarts
// only the loop (the camera stays on, the set stays open) when another model is picked.
import { batch } from '@preact/signals';
import type { FrameEstimator, LiveOptions } from '../pose/index.ts';
import type { PoseRunState } from './pose-run-state.ts';

/** The camera and live loop of the pose layer, injected so that tests drive them by hand. */
export interface CameraDeps {
  openCamera(video: HTMLVideoElement): Promise<{ readonly mirrored: boolean; stop(): void }>;
  runLive(video: HTMLVideoElement, estimator: FrameEstimator, options: LiveOptions): void;
}

export interface CameraRunContext {
  readonly state: PoseRunState;
  readonly deps: CameraDeps;
  /** The newest estimator (a model picked while one loads wins). */
  estimator(): Promise<FrameEstimator>;
  /** The camera or the loop failed: the pose run stops this run and tells the person. */
  readonly onFailure: (error: unknown) => void;
}

export interface CameraRun {
  readonly kind: 'camera';
  /** Ends the set (its result is shown) and turns the camera off. */
  stop(): void;
  /** Stops estimating (the old model is about to be disposed); the camera keeps running. */
  pauseLoop(): void;
  /** Starts estimating again with the newest estimator. */
  restartLoop(): void;
}

export function startCameraRun(video: HTMLVideoElement, ctx: CameraRunContext): CameraRun {
  const { state } = ctx;
  const run = new AbortController();
  let camera: { readonly mirrored: boolean; stop(): void } | undefined;
  let loop: AbortController | undefined;

  /** (Re)starts the live loop with the newest estimator; one loop at a time. */
  const startLoop = async () => {
    const estimator = await ctx.estimator();
    if (run.signal.aborted) return;
    loop?.abort();
    const current = (loop = new AbortController());
    run.signal.addEventListener('abort', () => current.abort(), { once: true });
    estimator.reset();
    state.resetCounts();
    if (!state.setOpen) state.beginSet('live', null, estimator.model);
    ctx.deps.runLive(video, estimator, {
      signal: current.signal,
      // One render for the frame's figures, its skeleton and the set's count, not one per signal.
      onFrame: (r) => batch(() => {
        state.fps.value = r.fps;
        state.dropped.value = r.dropped;
        state.showFrame(r.frame, r.width, r.height, null);
      }),
      onError: ctx.onFailure,
    });
  };

  void (async () => {
    try {
      const opened = await ctx.deps.openCamera(video);
      if (run.signal.aborted) { opened.stop(); return; }
      camera = opened;
      state.mirrored.value = opened.mirrored;
      state.source.value = 'camera';
      await startLoop();
    } catch (error) {
      ctx.onFailure(error);
    }
  })();

  return {
    kind: 'camera',
    stop() {
      state.endSet('complete');
      run.abort(new DOMException('Stopped by the person.', 'AbortError'));
      if (camera) state.shown.value = null;
      camera?.stop();
      camera = undefined;
    },
    pauseLoop: () => loop?.abort(),
    restartLoop() {
      if (camera && !run.signal.aborted) startLoop().catch(ctx.onFailure);
    },
  };
}
