// The two pose workers' interfaces (comlink exposes them; the page calls the frame worker, the frame worker calls the
// pose worker, its own child). Types only: every side imports this.
import type { ModelName, PoseFrame } from '../analysis/index.ts';
import type { BackendChoice, BackendName } from './backend.ts';
import type { ModelChoice, ModelValues } from './estimator.ts';
import type { RotationDeg } from './frame-pixels.ts';

export interface LoadedModel {
  /** The worker's handle of this estimator (a replaced model's late calls must not reach the new one). */
  readonly id: number;
  readonly model: ModelName;
  readonly backend: string;
}

/** The pose worker (pose-worker.ts): MoveNet, and nothing else on its thread. */
export interface PoseWorkerApi {
  /** Sets the worker's tfjs backend once (the same choice as the page would make); see backend.ts. */
  chooseBackend(prefer?: BackendName): Promise<BackendChoice>;
  /** Loads a model from an absolute URL on the page's origin. */
  load(choice: ModelChoice, modelUrl: string): Promise<LoadedModel>;
  /**
   * The model alone on a frame's transferred values (made by the frame worker); calls run one at a time, in the order
   * they arrive. The buffer comes back with the pose, for the frame worker to fill again.
   */
  estimateModelValues(id: number, values: ModelValues, tMs: number): Promise<{ readonly frame: PoseFrame; readonly data: Int32Array }>;
  reset(id: number): Promise<void>;
  dispose(id: number): Promise<void>;
  /** Tensors alive in the worker's tfjs after the calls already sent (leak checks). */
  tensorCount(): Promise<number>;
}

/**
 * The frame worker (frame-reader-worker.ts): the page hands it each VideoFrame and gets the pose back. It reads the
 * frame, makes the model's values, hands them to the pose worker (a worker it starts itself), measures the camera's
 * motion and the brightness meanwhile, and finishes the pose with them: the page's thread does none of it.
 */
export interface FrameWorkerApi {
  /** The pose worker's backend choice (passed on to it). */
  chooseBackend(prefer?: BackendName): Promise<BackendChoice>;
  /** Loads a model in the pose worker (passed on to it). */
  load(choice: ModelChoice, modelUrl: string): Promise<LoadedModel>;
  /**
   * The pose of a transferred frame (closed here, whatever happens) turned upright by rotationDeg, for the pose
   * worker's estimator `id`: the same PoseFrame as the estimator's own estimateFrame gives. Frames are read, estimated
   * and finished in the order they arrive.
   */
  estimateFrame(id: number, frame: VideoFrame, rotationDeg: RotationDeg, tMs: number): Promise<PoseFrame>;
  /**
   * Live: the pose of a transferred camera frame (upright already), or null when it was dropped. The frame is read at
   * once; if the pose worker is busy it waits, read, in a single slot, and a newer frame replaces it (the older gets
   * null). The pose worker is handed the waiting frame the moment it gives a pose back.
   */
  estimateNewest(id: number, frame: VideoFrame, tMs: number): Promise<PoseFrame | null>;
  /** Forgets the previous pose and picture, after the frames already sent. */
  reset(id: number): Promise<void>;
  /** Lets estimator `id` go, after the frames already sent. */
  dispose(id: number): Promise<void>;
  /** The pose worker's live tensors, counted after the frames already sent (leak checks). */
  tensorCount(): Promise<number>;
  /** Frames read so far that were still open afterwards (leak checks: 0 when every frame is closed). */
  framesLeftOpen(): Promise<number>;
}
