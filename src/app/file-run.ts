// The video-file controller of a pose run: analyses every frame of one file, shows each, collects the track, and
// ends with a sentence on what was found (or why it stopped). One file per run; stopping cancels the set.
import { batch } from '@preact/signals';
import { CompactFrames } from '../analysis/index.ts';
import { FpsMeter, VIDEO_SOURCE_LINES, type FrameEstimator, type VideoFileFrame } from '../pose/index.ts';
import type { PoseRunState } from './pose-run-state.ts';

/** The frames of a file as the pose layer gives them (analyseVideoFile); a fake in tests. */
export type AnalyseFile = (file: File, estimator: FrameEstimator, signal: AbortSignal) => AsyncIterable<VideoFileFrame>;

export interface FileRunContext {
  readonly state: PoseRunState;
  readonly analyse: AnalyseFile;
  /** The newest estimator (a model picked while one loads wins). */
  estimator(): Promise<FrameEstimator>;
  /** Milliseconds of a monotonic clock (performance.now), for the speed shown. */
  readonly now: () => number;
  /** The run ended by itself (done, failed or cancelled): the pose run goes idle unless another run replaced it. */
  onEnded(): void;
  readonly report: (error: unknown) => void;
}

export interface FileRun {
  readonly kind: 'file';
  /** Cancels the analysis (and the set: a part of a file is not a result). */
  stop(): void;
}

/** Nominal frames per second of a run of frames, from their own timestamps (0 when it cannot be told). */
export const nominalFps = (frames: CompactFrames): number => {
  const spanMs = (frames.lastTMs ?? 0) - (frames.firstTMs ?? 0);
  return frames.length > 1 && spanMs > 0 ? Math.round((100_000 * (frames.length - 1)) / spanMs) / 100 : 0;
};

/** The sentence shown when a file has been read to its end (or as far as it could be decoded). */
function endNotice(analysed: number, total: number, withPerson: number) {
  if (analysed < total) {
    return { kind: 'error', text: `Only ${analysed} of the video's ${total} frames could be decoded: the file may be damaged. Try exporting it again.` } as const;
  }
  if (withPerson === 0) {
    return { kind: 'error', text: 'No one was found in this video. Choose a video where the whole body, head to feet, is in the picture.' } as const;
  }
  const share = analysed === 0 ? 0 : Math.round((100 * withPerson) / analysed);
  return { kind: 'info', text: `The video is analysed: ${analysed} frames, a person in ${share}% of them.` } as const;
}

export function startFileRun(file: File, ctx: FileRunContext): FileRun {
  const { state } = ctx;
  const run = new AbortController();
  state.source.value = 'file';
  state.mirrored.value = false;
  state.resetCounts();
  state.progress.value = { done: 0, total: 0 };
  state.track.value = null;
  state.videoReader.value = null;

  const analyse = async () => {
    const meter = new FpsMeter();
    // The track in typed arrays: a 10-minute video keeps ~3 MB here instead of ~25 MB of keypoint arrays.
    const frames = new CompactFrames();
    let size = { width: 0, height: 0 };
    try {
      const estimator = await ctx.estimator();
      state.beginSet('file', file.name, estimator.model);
      for await (const r of ctx.analyse(file, estimator, run.signal)) {
        size = { width: r.width, height: r.height };
        frames.push(r.frame);
        // One render for the frame's figures, its picture and the set's count, not one per signal.
        batch(() => {
          state.videoReader.value = VIDEO_SOURCE_LINES[r.path];
          state.fps.value = meter.add(ctx.now());
          state.progress.value = { done: r.index + 1, total: r.total };
          if (r.canvas) state.showFrame(r.frame, r.width, r.height, r.canvas);
          else state.countFrame(r.frame, r.width, r.height);
        });
      }
      run.signal.throwIfAborted();
      const total = state.progress.value?.total ?? frames.length;
      state.endSet(frames.length === total ? 'complete' : 'cancelled');
      if (frames.length === total) {
        state.track.value = { info: { model: estimator.model, source: file.name, ...size, fps: nominalFps(frames) }, frames };
      }
      state.notice.value = endNotice(frames.length, total, state.counts.value.withPerson);
    } catch (error) {
      if (run.signal.aborted) {
        state.notice.value = { kind: 'info', text: `Analysis cancelled after ${frames.length} frames.` };
        return;
      }
      state.endSet('cancelled');
      ctx.report(error);
    } finally {
      if (!run.signal.aborted) ctx.onEnded();
    }
  };
  void analyse();

  return {
    kind: 'file',
    stop() {
      state.endSet('cancelled');
      run.abort(new DOMException('Stopped by the person.', 'AbortError'));
    },
  };
}
