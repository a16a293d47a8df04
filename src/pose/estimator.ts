// MoveNet single-pose estimator shared by the browser and Node: wraps pose-detection, converts its output to PoseFrame
// (17 COCO keypoints by the person's own side, x/y in source pixels) and owns every tensor it creates.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-converter';
import * as poseDetection from '@tensorflow-models/pose-detection';
import { KEYPOINT_NAMES, type Keypoint, type ModelName, type PoseFrame } from '../analysis/index.ts';
import { CameraMotionEstimator } from './camera-motion.ts';
import { FramePixelReader, meanLuma, RgbaFrameReader, type RotationDeg } from './frame-pixels.ts';
import { Sequence } from './sequence.ts';

export type ModelChoice = 'lightning' | 'thunder';
export const MODEL_OF_CHOICE: { readonly [C in ModelChoice]: ModelName } = {
  lightning: 'movenet-lightning',
  thunder: 'movenet-thunder',
};

/**
 * Models fast enough to follow the live camera. Source: issue 14 and `npm run bench` (live.thunder.chromium.fps):
 * Thunder takes ~84 ms a frame on wasm on a 2-core laptop (~12 fps, 2.8 fps in the pose worker on the loaded bench
 * machine), below the 15 fps a live crawl or jump needs; Lightning ~24 ms. Reason: Thunder is offered for recorded
 * videos, where every frame is analysed however long it takes.
 */
export const LIVE_CAPABLE: { readonly [C in ModelChoice]: boolean } = { lightning: true, thunder: false };

/**
 * Minimum MoveNet pose score for "a person is in the frame" (unitless, 0..1). Source: pose-detection's own default
 * DEFAULT_MIN_POSE_SCORE = 0.25. Reason: below it MoveNet's output is mostly noise; the frame becomes "no person".
 */
export const MIN_POSE_SCORE = 0.25;

/** An image MoveNet can read: a browser element or an [height, width, 3] tensor. */
export type PoseInput = poseDetection.PoseDetectorInput;

/** What the app's sources need: frames in, poses out. The pose worker's proxy (worker-client.ts) is one too. */
export interface FrameEstimator {
  readonly model: ModelName;
  /** The tfjs backend actually in use, read back after setBackend (it can fall back silently). */
  readonly backend: string;
  /**
   * Estimates a WebCodecs frame turned upright by rotationDeg; tMs is the frame's own timestamp. Takes the frame over:
   * it is closed (or transferred) here, whatever happens.
   */
  estimateFrame(frame: VideoFrame, tMs: number, rotationDeg?: RotationDeg): Promise<PoseFrame>;
  /**
   * Live: the pose of a camera frame, or null when a newer frame replaced it before the model was free (dropped). Given
   * where the estimator keeps that newest-frame slot itself, next to the model (the pose workers: the waiting frame is
   * read while the current one is estimated, and handed on without a trip through the page); elsewhere runLive keeps
   * the slot (newestOnly in live.ts). Takes the frame over, as estimateFrame does.
   */
  estimateNewest?(frame: VideoFrame, tMs: number): Promise<PoseFrame | null>;
  /** Forget the previous pose: MoveNet crops around it, so call this between unrelated images or clips. */
  reset(): void;
  dispose(): void;
}

export interface PoseEstimator extends FrameEstimator {
  /** Estimates one frame. tMs is the frame's own timestamp. */
  estimate(input: PoseInput, tMs: number): Promise<PoseFrame>;
  /** Estimates from raw RGB pixels (Node, tests): the input tensor is created and disposed here. */
  estimateRgb(rgb: Uint8Array, width: number, height: number, tMs: number): Promise<PoseFrame>;
  /**
   * The model alone on a frame's [height, width, 3] values, made from upright RGBA by rgbaToModelValues (the frame
   * worker makes them, and measures the camera and the brightness itself: frame-reader-worker.ts); the keypoints are
   * those estimateFrame gives for the same frame. In order with estimateFrame's frames.
   */
  estimateModelValues(values: ModelValues, tMs: number): Promise<PoseFrame>;
}

/** A frame's RGB values as MoveNet's int32 input reads them ([height, width, 3], row by row). */
export interface ModelValues {
  readonly data: Int32Array;
  readonly width: number;
  readonly height: number;
}

/** RGBA pixels to the model's RGB int32 values (`out` holds width x height x 3): exactly tf.browser.fromPixels' values. */
export function rgbaToModelValues(data: Uint8ClampedArray | Uint8Array, out: Int32Array): void {
  for (let i = 0, j = 0; j < out.length; i += 4, j += 3) {
    out[j] = data[i]!;
    out[j + 1] = data[i + 1]!;
    out[j + 2] = data[i + 2]!;
  }
}

/** A model to load: a URL (browser) or a tfjs IOHandler (Node reads the files itself). */
export type ModelSource = string | tf.io.IOHandler;

/** Raw RGBA pixels, 4 bytes a pixel: the browser's ImageData, or anything shaped like it. */
export interface RgbaPixels {
  readonly data: Uint8ClampedArray | Uint8Array;
  readonly width: number;
  readonly height: number;
}

const isRgbaPixels = (input: unknown): input is RgbaPixels =>
  typeof input === 'object' && input !== null && 'data' in input && 'width' in input && 'height' in input
  && (input.data instanceof Uint8ClampedArray || input.data instanceof Uint8Array);

/**
 * Makes the [height, width, 3] int32 tensor MoveNet reads from a frame, through one Int32Array kept for the
 * estimator's life, instead of tf.browser.fromPixels. Reason: fromPixels allocates a fresh Int32Array of 12 bytes a
 * pixel on every call (3.5 MB for a 406x720 frame), and in Chromium a fresh buffer that size costs 10-18 ms to fill
 * (measured in headless Chromium 156 on the 2-core bench machine: `new Int32Array(877_000).fill(1)` 10-18 ms against
 * 0.3 ms in Node 20, reused 0.5-1 ms): fromPixels(ImageData) took 16-26 ms per frame in the page against 2 ms in
 * Node, which was the whole gap between the two. The pixel values are exactly fromPixels' (RGB of RGBA, as int32).
 */
export class FrameTensors {
  private rgb = new Int32Array(0);
  private context: CanvasRenderingContext2D | null = null;
  private videoReader = new RgbaFrameReader();
  private readonly frameReader = new FramePixelReader();

  /**
   * A decoded or captured frame's pixels, upright, in reused memory: the same copy the video-file path has always
   * made (so a frame gives the same keypoints here, in the page or in the pose worker).
   */
  framePixels(frame: VideoFrame, rotationDeg: RotationDeg): Promise<ImageData> {
    return this.frameReader.read(frame, rotationDeg);
  }

  /**
   * A playing video's current picture (the live camera) copied through WebCodecs into reused memory, or null where
   * the browser cannot (then tensorOf draws the element on a canvas). Reason: drawImage + getImageData allocate a new
   * ImageData every frame: 8-12 ms for the 640x480 camera in headless Chromium 156 on the 2-core bench machine, against
   * 0.3-0.6 ms for new VideoFrame(video) + copyTo, with every channel equal (see RgbaFrameReader).
   */
  async videoPixels(video: HTMLVideoElement): Promise<ImageData | null> {
    if (typeof VideoFrame === 'undefined' || video.videoWidth === 0 || video.videoHeight === 0) return null;
    let frame: VideoFrame;
    try {
      frame = new VideoFrame(video);
    } catch {
      return null; // no picture to wrap yet: the canvas path says why
    }
    try {
      // Keypoints are in the video's own pixels: a frame of another size (scaled display) takes the canvas path.
      if (frame.displayWidth !== video.videoWidth || frame.displayHeight !== video.videoHeight) return null;
      return await this.videoReader.read(frame);
    } finally {
      frame.close();
    }
  }

  /** An input's RGBA pixels (a tensor has none here: the camera's motion is then not measured). */
  pixelsOf(input: PoseInput): RgbaPixels | null {
    if (input instanceof tf.Tensor) return null;
    return isRgbaPixels(input) ? input : this.pixelsOfElement(input);
  }

  /** The frame as a tensor the caller disposes; a tensor input is returned as is (the caller keeps it). */
  tensorOf(input: PoseInput | RgbaPixels): { readonly image: tf.Tensor3D; readonly owned: boolean } {
    if (input instanceof tf.Tensor) return { image: input, owned: false };
    return { image: this.fromRgba(isRgbaPixels(input) ? input : this.pixelsOfElement(input)), owned: true };
  }

  /** Packed RGB bytes (3 a pixel), as Node's decoder gives them. */
  fromRgb(rgb: Uint8Array, width: number, height: number): tf.Tensor3D {
    const values = this.buffer(width * height * 3);
    values.set(rgb);
    return tf.tensor3d(values, [height, width, 3], 'int32');
  }

  private fromRgba({ data, width, height }: RgbaPixels): tf.Tensor3D {
    const values = this.buffer(width * height * 3);
    rgbaToModelValues(data, values);
    return tf.tensor3d(values, [height, width, 3], 'int32'); // the backend copies the values: the buffer is free again
  }

  /** A video, image, canvas or bitmap drawn on our own CPU-side canvas and read back, as fromPixels would. */
  private pixelsOfElement(element: Exclude<PoseInput, tf.Tensor | ImageData>): ImageData {
    const [width, height] = element instanceof HTMLVideoElement ? [element.videoWidth, element.videoHeight]
      : element instanceof HTMLImageElement ? [element.naturalWidth, element.naturalHeight] : [element.width, element.height];
    if (width === 0 || height === 0) throw new Error('The video or image has no picture yet (its size is 0).');
    // willReadFrequently keeps the canvas in CPU memory, so reading it back does not wait on the graphics card.
    this.context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!this.context) throw new Error('A 2D canvas is not available to read the video frame.');
    const { canvas } = this.context;
    if (canvas.width !== width || canvas.height !== height) { canvas.width = width; canvas.height = height; }
    this.context.drawImage(element, 0, 0, width, height);
    return this.context.getImageData(0, 0, width, height);
  }

  private buffer(length: number): Int32Array {
    if (this.rgb.length !== length) this.rgb = new Int32Array(length);
    return this.rgb;
  }

  release(): void {
    this.rgb = new Int32Array(0);
    this.context = null;
    this.videoReader = new RgbaFrameReader();
    this.frameReader.release();
  }
}

export async function createPoseEstimator(model: ModelChoice, source: ModelSource): Promise<PoseEstimator> {
  await tf.ready();
  const detector = await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
    modelType: model === 'thunder' ? poseDetection.movenet.modelType.SINGLEPOSE_THUNDER
      : poseDetection.movenet.modelType.SINGLEPOSE_LIGHTNING,
    modelUrl: source,
    // The analysis layer filters deterministically itself; the library's smoothing would add lag to take-off and
    // landing times and makes the track depend on the playback clock.
    enableSmoothing: false,
    minPoseScore: MIN_POSE_SCORE,
  });
  const toFrame = (poses: poseDetection.Pose[], tMs: number): PoseFrame => {
    const pose = poses[0];
    if (pose === undefined || pose.keypoints.length !== KEYPOINT_NAMES.length) return { tMs, keypoints: null };
    const byName = new Map(pose.keypoints.map((k) => [k.name, k]));
    const keypoints: Keypoint[] = KEYPOINT_NAMES.map((name) => {
      const k = byName.get(name);
      return k === undefined ? [0, 0, 0] : [k.x, k.y, k.score ?? 0];
    });
    return { tMs, keypoints };
  };
  const frames = new FrameTensors();
  const camera = new CameraMotionEstimator();
  /** The pose with the camera's motion since the previous frame, measured on the same pixels outside the person. */
  const withCamera = (pose: PoseFrame, pixels: RgbaPixels | null, channels: 3 | 4): PoseFrame => {
    if (pixels === null) { camera.reset(); return pose; }
    const reading = camera.read(pixels.data, pixels.width, pixels.height, channels, pose.keypoints, pose.tMs);
    return reading.cameraPx || reading.cameraCut ? { ...pose, ...reading } : pose;
  };
  const estimateTensor = async (image: tf.Tensor3D, tMs: number) =>
    toFrame(await detector.estimatePoses(image, { maxPoses: 1, flipHorizontal: false }, tMs), tMs);
  const estimatePixels = async (pixels: RgbaPixels, tMs: number) => {
    const { image } = frames.tensorOf(pixels);
    try {
      return withCamera(await estimateTensor(image, tMs), pixels, 4);
    } finally {
      image.dispose();
    }
  };
  /** The pose of upright RGBA pixels, with the picture's brightness (measured here, where its pixels are). */
  const fromPixels = async (pixels: RgbaPixels, tMs: number): Promise<PoseFrame> =>
    ({ ...(await estimatePixels(pixels, tMs)), luma: meanLuma(pixels) });
  /**
   * The frame chain. Reason: frames share one pixel buffer and MoveNet crops around the previous pose, so a caller
   * with two frames in flight (the video-file path) must get them estimated one after the other, in order.
   */
  const frameChain = new Sequence();
  const inOrder = (work: () => Promise<PoseFrame>): Promise<PoseFrame> => frameChain.run(work);
  return {
    model: MODEL_OF_CHOICE[model],
    backend: tf.getBackend(),
    estimateFrame: (frame, tMs, rotationDeg = 0) => inOrder(async () => {
      let pixels: ImageData;
      try {
        pixels = await frames.framePixels(frame, rotationDeg);
      } finally {
        frame.close(); // the pixels are a copy: the decoder or camera gets its picture back at once
      }
      return fromPixels(pixels, tMs);
    }),
    estimateModelValues: ({ data, width, height }, tMs) => inOrder(async () => {
      const image = tf.tensor3d(data, [height, width, 3], 'int32'); // the backend copies the values
      try {
        return await estimateTensor(image, tMs);
      } finally {
        image.dispose();
      }
    }),
    async estimate(input, tMs) {
      const video = typeof HTMLVideoElement !== 'undefined' && input instanceof HTMLVideoElement ? await frames.videoPixels(input) : null;
      const pixels = video ?? frames.pixelsOf(input);
      const { image, owned } = frames.tensorOf(pixels ?? input);
      try {
        return withCamera(await estimateTensor(image, tMs), pixels, 4);
      } finally {
        if (owned) image.dispose();
      }
    },
    async estimateRgb(rgb, width, height, tMs) {
      const image = frames.fromRgb(rgb, width, height);
      try {
        return withCamera(await estimateTensor(image, tMs), { data: rgb, width, height }, 3);
      } finally {
        image.dispose();
      }
    },
    reset: () => { detector.reset(); camera.reset(); },
    dispose: () => { detector.dispose(); frames.release(); },
  };
}
