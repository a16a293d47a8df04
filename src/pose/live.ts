// Live analysis of a playing <video> (the camera): each new video frame is handed to the estimator (the pose worker)
// as a VideoFrame; frames that come while it is busy are dropped, never queued. Frames carry the video's own time.
import type { PoseFrame } from '../analysis/index.ts';
import type { FrameEstimator } from './estimator.ts';
import { LiveFrameClock } from './live-clock.ts';
import { NewestSlot } from './newest-slot.ts';

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
  /** Frames the camera delivered in the last second. */
  readonly cameraFps: number;
  /** Camera frames not analysed since the loop started: they came while the estimator was busy with a newer one. */
  readonly dropped: number;
  /** Time from handing the frame to the estimator to its pose (ms). */
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

interface Captured {
  readonly frame: VideoFrame;
  readonly tMs: number;
  readonly width: number;
  readonly height: number;
}

/** The video's current picture as a VideoFrame (a reference to the camera's buffer, no pixel copy); null if none yet. */
function capture(video: HTMLVideoElement, tMs: number): Captured | null {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return null;
  try {
    return { frame: new VideoFrame(video, { timestamp: Math.round(tMs * 1000) }), tMs, width: video.videoWidth, height: video.videoHeight };
  } catch {
    return null; // no picture to wrap yet: the next video frame tries again
  }
}

/**
 * The live frame policy over an estimator without a slot of its own (estimateNewest): a NewestSlot of the page's
 * camera frames, each estimated in turn; a replaced frame is closed.
 */
function newestOnly(estimator: FrameEstimator): NewestSlot<Captured, PoseFrame> {
  return new NewestSlot<Captured, PoseFrame>((c) => {
    const pose = estimator.estimateFrame(c.frame, c.tMs);
    return { free: pose, result: pose };
  }, (c) => c.frame.close());
}

/**
 * Runs the estimator on the video's frames until the signal aborts. Pipelined: every frame the camera presents is
 * captured at once and handed on, while the estimator (in the pose workers) works on an earlier one. Frames are never
 * queued: one that arrives while the estimator is busy waits in a single slot (the estimator's own where it has one,
 * so the pose worker finds it read and ready), and a newer one replaces it (the older is counted as dropped).
 */
export function runLive(video: HTMLVideoElement, estimator: FrameEstimator, options: LiveOptions): void {
  const v = video as FrameCallbackVideo;
  const meter = new FpsMeter();
  const cameraMeter = new FpsMeter();
  const clock = new LiveFrameClock();
  const slot = estimator.estimateNewest ? null : newestOnly(estimator);
  const estimateNewest = (c: Captured) => slot ? slot.offer(c) : estimator.estimateNewest!(c.frame, c.tMs);
  let handle = 0;
  let dropped = 0;

  const onVideoFrame = (tMs: number) => {
    if (options.signal.aborted) return;
    schedule();
    const c = capture(video, tMs);
    if (!c) return;
    cameraMeter.add(performance.now());
    const started = performance.now();
    estimateNewest(c).then((frame) => {
      if (options.signal.aborted) return;
      if (frame === null) { dropped++; return; }
      const now = performance.now();
      options.onFrame({
        frame, fps: meter.add(now), cameraFps: cameraMeter.fps(now), dropped, inferenceMs: now - started, width: c.width, height: c.height,
      });
    }, (error: unknown) => { if (!options.signal.aborted) options.onError(error); });
  };
  const schedule = () => {
    if (options.signal.aborted) return;
    if (v.requestVideoFrameCallback) handle = v.requestVideoFrameCallback((now, meta) => onVideoFrame(clock.timeOf(meta.mediaTime, now)));
    else handle = requestAnimationFrame((now) => onVideoFrame(clock.timeOf(video.currentTime, now)));
  };
  options.signal.addEventListener('abort', () => {
    if (v.cancelVideoFrameCallback) v.cancelVideoFrameCallback(handle);
    else cancelAnimationFrame(handle);
    slot?.clear();
  }, { once: true });
  schedule();
}
