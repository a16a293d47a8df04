// The pose worker's interface (comlink exposes it; worker-client.ts calls it). Types only: both sides import this.
import type { ModelName, PoseFrame } from '../analysis/index.ts';
import type { BackendChoice, BackendName } from './backend.ts';
import type { ModelChoice, RgbaPixels } from './estimator.ts';
import type { RotationDeg } from './frame-pixels.ts';

export interface LoadedModel {
  /** The worker's handle of this estimator (a replaced model's late calls must not reach the new one). */
  readonly id: number;
  readonly model: ModelName;
  readonly backend: string;
}

export interface PoseWorkerApi {
  /** Sets the worker's tfjs backend once (the same choice as the page would make); see backend.ts. */
  chooseBackend(prefer?: BackendName): Promise<BackendChoice>;
  /** Loads a model from an absolute URL on the page's origin. */
  load(choice: ModelChoice, modelUrl: string): Promise<LoadedModel>;
  /**
   * Estimates a frame's transferred RGBA pixels (read by the frame-reader worker); calls run one at a time, in the
   * order they arrive. The buffer comes back with the pose, for the reader to fill again.
   */
  estimatePixels(id: number, pixels: TransferredPixels, tMs: number): Promise<{ readonly frame: PoseFrame; readonly data: Uint8ClampedArray }>;
  reset(id: number): Promise<void>;
  dispose(id: number): Promise<void>;
  /** Tensors alive in the worker's tfjs after the calls already sent (leak checks). */
  tensorCount(): Promise<number>;
}

/** Upright RGBA pixels of one frame, in a buffer of their own (transferred between the workers through the page). */
export interface TransferredPixels extends RgbaPixels {
  readonly data: Uint8ClampedArray;
}

export interface FrameReaderApi {
  /**
   * Reads a transferred frame (closed here, whatever happens) as upright RGBA, into `reuse` when it is the right size
   * (a buffer the pose worker gave back), else into a new buffer; one read at a time, in arrival order.
   */
  read(frame: VideoFrame, rotationDeg: RotationDeg, reuse?: ArrayBuffer): Promise<TransferredPixels>;
  /** Frames read so far that were still open afterwards (leak checks: 0 when every frame is closed). */
  framesLeftOpen(): Promise<number>;
}
