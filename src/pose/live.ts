// Live analysis of a playing <video> (the camera): each new video frame is estimated unless the previous estimate is
// still running, in which case that frame is skipped (live video cannot wait). Frames carry the video's own time.
import type { PoseFrame } from '../analysis/index.ts';
import type { PoseEstimator } from './estimator.ts';

/** Window over which the analysed frames per second are counted (ms). Reason: 1 s reads steadily and reacts fast. */
const FPS_WINDOW_MS = 1000;

/** Counts events per second over the last FPS_WINDOW_MS. */
export class FpsMeter {
  private readonly times: number[] = [];
  add(nowMs: number): number {
    this.times.push(nowMs);
    while (this.times.length > 0 && this.times[0]! < nowMs - FPS_WINDOW_MS) this.times.shift();
    return this.fps(nowMs);
  }
  fps(nowMs: number): number {
    const recent = this.times.filter((t) => t >= nowMs - FPS_WINDOW_MS);
    return (recent.length * 1000) / FPS_WINDOW_MS;
  }
}

export interface LiveFrame {
  readonly frame: PoseFrame;
  /** Frames analysed in the last second. */
  readonly fps: number;
  /** Time spent in the estimator for this frame (ms). */
  readonly inferenceMs: number;
  readonly width: number;
  readonly height: number;
}

export interface LiveOptions {
  readonly signal: AbortSignal;
  onFrame(result: LiveFrame): void;
  onError(error: unknown): void;
}

type FrameCallbackVideo = HTMLVideoElement & {
  requestVideoFrameCallback?(cb: (now: number, meta: { mediaTime: number }) => void): number;
  cancelVideoFrameCallback?(handle: number): void;
};

/** Runs the estimator on every frame the video presents until the signal aborts. */
export function runLive(video: HTMLVideoElement, estimator: PoseEstimator, options: LiveOptions): void {
  const v = video as FrameCallbackVideo;
  const meter = new FpsMeter();
  let handle = 0;
  const schedule = () => {
    if (options.signal.aborted) return;
    if (v.requestVideoFrameCallback) handle = v.requestVideoFrameCallback((_now, meta) => void step(meta.mediaTime * 1000));
    else handle = requestAnimationFrame(() => void step(video.currentTime * 1000));
  };
  const step = async (tMs: number) => {
    if (options.signal.aborted) return;
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) { schedule(); return; }
    const started = performance.now();
    try {
      const frame = await estimator.estimate(video, tMs);
      if (options.signal.aborted) return;
      const now = performance.now();
      options.onFrame({ frame, fps: meter.add(now), inferenceMs: now - started, width: video.videoWidth, height: video.videoHeight });
    } catch (error) {
      if (!options.signal.aborted) options.onError(error);
      return;
    }
    schedule();
  };
  options.signal.addEventListener('abort', () => {
    if (v.cancelVideoFrameCallback) v.cancelVideoFrameCallback(handle);
    else cancelAnimationFrame(handle);
  }, { once: true });
  schedule();
}
