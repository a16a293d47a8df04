// The frame worker: the page hands it each VideoFrame (transferred, never copied on the page) and gets the pose back.
// Here each frame is read as upright RGBA (the same reading as the estimator's own, frame-pixels.ts), turned into the
// model's input values and sent to the pose worker, this worker's own child; while MoveNet estimates it, this thread
// reads the next frame and measures the camera's motion and the brightness, the per-frame work that used to sit on the
// model's thread (together ~4 ms a frame: RGB values 1.6, grey images and match 1.9, brightness 0.15, measured in Node
// on jj-white-wall's 406x720 frames). The pose that comes back is finished exactly as the estimator's estimateFrame
// finishes it (camera shift, then brightness), so every path gives the same PoseFrame. Live camera frames all come
// here at once: the newest one waits, read, in a single slot while the pose worker is busy, and is handed on the
// moment a pose comes back, without a trip through the page (an older waiting frame is dropped, never queued).
// Why a child worker and not a MessageChannel between two workers of the page: Firefox (ESR 153) copies a transferred
// buffer sent through a MessagePort, ~18 ms each way for a frame's 3.5 MB of values (measured: a worker-to-worker
// channel round trip 37 ms median, a page-to-worker channel 46 ms, against under 1 ms through a worker's own
// postMessage, a parent-child worker pair included); Chromium 156 and WebKitGTK 2.50 take under 1 ms either way.
import * as Comlink from 'comlink';
import { CameraMotionEstimator, type CameraFrame } from './camera-motion.ts';
import { rgbaToModelValues } from './estimator.ts';
import { FramePixelReader, meanLuma, type RotationDeg } from './frame-pixels.ts';
import { NewestSlot } from './newest-slot.ts';
import { Sequence } from './sequence.ts';
import type { FrameWorkerApi, PoseWorkerApi } from './worker-api.ts';
import type { PoseFrame } from '../analysis/index.ts';

/**
 * Value buffers kept for reuse. Reason: one comes back with each pose and the next frame's values fill it, so two
 * frames in flight need two; a third covers a read that starts before the oldest pose is back.
 */
const SPARE_BUFFERS = 3;

const reader = new FramePixelReader();
const cameras = new Map<number, CameraMotionEstimator>();
const spare: ArrayBuffer[] = [];
/** The pose worker: this worker's child, so the frames' values go to it through its own postMessage (see above). */
const pose = Comlink.wrap<PoseWorkerApi>(new Worker(new URL('./pose-worker.ts', import.meta.url), { type: 'module', name: 'springboard-pose' }));
/** Frames the worker was handed and found still open once read (the reader closes each): 0 when nothing leaks. */
let framesLeftOpen = 0;

/** A frame on its way: its pose coming from the pose worker, its camera images and brightness kept here. */
interface InFlight {
  readonly reply: Promise<{ readonly frame: PoseFrame; readonly data: Int32Array }>;
  readonly camera: CameraFrame;
  readonly luma: number;
}

/**
 * Two sequences: reads, which also post every message to the pose worker (the reader's memory is reused from frame to
 * frame, and MoveNet crops around the previous pose, so frames, resets and disposals reach it in the order made), and
 * finishing (the camera measure compares each frame with the one before).
 */
const reads = new Sequence();
const finishing = new Sequence();

function cameraOf(id: number): CameraMotionEstimator {
  let camera = cameras.get(id);
  if (!camera) cameras.set(id, camera = new CameraMotionEstimator());
  return camera;
}

/** A frame read: its model values, and its pixels (in the reader's memory, valid until the next read). */
interface Read {
  readonly values: Int32Array;
  readonly image: ImageData;
}

async function readFrame(frame: VideoFrame, rotationDeg: RotationDeg): Promise<Read> {
  let image: ImageData;
  try {
    image = await reader.read(frame, rotationDeg);
  } finally {
    frame.close(); // the pixels are a copy: the decoder or camera gets its picture back at once
    if (frame.format !== null) framesLeftOpen++;
  }
  const length = image.width * image.height * 3;
  const reuse = spare.pop();
  const values = reuse?.byteLength === length * 4 ? new Int32Array(reuse) : new Int32Array(length);
  rgbaToModelValues(image.data, values);
  return { values, image };
}

/** Posts a frame's values to the pose worker (taken over: transferred). */
function send(id: number, { values, image }: Read, tMs: number): InFlight['reply'] {
  const reply = pose.estimateModelValues(id, Comlink.transfer({ data: values, width: image.width, height: image.height }, [values.buffer]), tMs);
  reply.catch(() => undefined); // awaited when the frame is finished; a rejection must not go unhandled meanwhile
  return reply;
}

/** The camera images and brightness of a frame just read (before the next read reuses its memory). */
const measuresOf = (id: number, { image }: Read) =>
  ({ camera: cameraOf(id).prepare(image.data, image.width, image.height, 4), luma: meanLuma(image) });

/**
 * Reads a frame, sends its model values to the pose worker at once, and prepares its camera images and brightness
 * while MoveNet works (they wait for the pose: the measure needs where the person is).
 */
async function readAndSend(id: number, frame: VideoFrame, rotationDeg: RotationDeg, tMs: number): Promise<InFlight> {
  const read = await readFrame(frame, rotationDeg);
  const reply = send(id, read, tMs);
  return { reply, ...measuresOf(id, read) };
}

/** A live frame read and measured, for the pose worker's estimator `id`. */
interface LiveFrame {
  readonly id: number;
  readonly tMs: number;
  readonly read: Read;
  readonly measures: ReturnType<typeof measuresOf>;
}

const recycle = (values: Int32Array) => { if (spare.length < SPARE_BUFFERS) spare.push(values.buffer as ArrayBuffer); };

/**
 * The live slot: the pose worker is free again once its reply is back, so the waiting frame is sent before the
 * returned one's camera measure runs; a replaced frame's buffer is recycled.
 */
const live = new NewestSlot<LiveFrame, PoseFrame>((f) => {
  const reply = send(f.id, f.read, f.tMs);
  return { free: reply, result: finishing.run(() => finish(f.id, { reply, ...f.measures })) };
}, (f) => recycle(f.read.values));

/** The pose finished as estimator.ts finishes estimateFrame's: the camera's shift on the same pixels, then brightness. */
async function finish(id: number, { reply, camera, luma }: InFlight): Promise<PoseFrame> {
  const { frame, data } = await reply;
  recycle(data);
  const reading = cameraOf(id).readPrepared(camera, frame.keypoints, frame.tMs);
  return { ...frame, ...reading, luma };
}

/** Posts a message to the pose worker in turn with the frames, and gives its reply. */
const inTurn = <T>(post: (remote: Comlink.Remote<PoseWorkerApi>) => Promise<T>): Promise<T> =>
  reads.run(() => ({ reply: post(pose) })).then(({ reply }) => reply);

const api: FrameWorkerApi = {
  chooseBackend: (prefer) => pose.chooseBackend(prefer),
  load: (choice, modelUrl) => pose.load(choice, modelUrl),
  estimateFrame(id, frame, rotationDeg, tMs) {
    return finishing.after(reads.run(() => readAndSend(id, frame, rotationDeg, tMs)), (f) => finish(id, f));
  },
  estimateNewest(id, frame, tMs) {
    // Measured at once: the reader's memory holds this frame only until the next read.
    return reads.run(async (): Promise<LiveFrame> => {
      const read = await readFrame(frame, 0);
      return { id, tMs, read, measures: measuresOf(id, read) };
    }).then((f) => live.offer(f));
  },
  async reset(id) {
    await Promise.all([inTurn((remote) => remote.reset(id)), finishing.run(() => { cameras.get(id)?.reset(); })]);
  },
  async dispose(id) {
    await Promise.all([inTurn((remote) => remote.dispose(id)), finishing.run(() => { cameras.delete(id); })]);
  },
  tensorCount: () => inTurn((remote) => remote.tensorCount()),
  framesLeftOpen: () => reads.run(() => framesLeftOpen),
};

Comlink.expose(api);
