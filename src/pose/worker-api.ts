// The pose worker's interface (comlink exposes it; worker-client.ts calls it). Types only: both sides import this.
import type { ModelName, PoseFrame } from '../analysis/index.ts';
import type { BackendChoice, BackendName } from './backend.ts';
import type { ModelChoice } from './estimator.ts';
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
  /** Estimates a transferred frame (closed in the worker); calls run one at a time, in the order they arrive. */
  estimate(id: number, frame: VideoFrame, tMs: number, rotationDeg: RotationDeg): Promise<PoseFrame>;
  reset(id: number): Promise<void>;
  dispose(id: number): Promise<void>;
  /** Tensors alive in the worker's tfjs after the calls already sent (leak checks). */
  tensorCount(): Promise<number>;
  /** Frames estimated so far that were still open afterwards (leak checks: 0 when every frame is closed). */
  framesLeftOpen(): Promise<number>;
}
