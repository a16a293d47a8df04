// The frame-reader worker: turns each transferred VideoFrame into upright RGBA pixels (the same reading as the
// estimator's own, frame-pixels.ts) and hands them back in a buffer of their own, transferred, never copied on the
// page. It runs beside the pose worker, so that while MoveNet estimates one frame the next is already being read: the
// copy (1.2-2.4 ms a frame for a 406x720 video in headless Chromium on the 2-core bench machine) leaves the pose
// worker's path, which is then MoveNet alone.
import * as Comlink from 'comlink';
import { FramePixelReader } from './frame-pixels.ts';
import type { FrameReaderApi } from './worker-api.ts';

const reader = new FramePixelReader();
/** Frames the worker was handed and found still open once read (the reader closes each): 0 when nothing leaks. */
let framesLeftOpen = 0;
/** Reads run one at a time, in arrival order: the reader's memory is reused from frame to frame. */
let tail: Promise<unknown> = Promise.resolve();

const api: FrameReaderApi = {
  read(frame, rotationDeg, reuse) {
    const work = async () => {
      try {
        const image = await reader.read(frame, rotationDeg);
        const data = reuse?.byteLength === image.data.byteLength ? new Uint8ClampedArray(reuse) : new Uint8ClampedArray(image.data.length);
        data.set(image.data);
        return Comlink.transfer({ data, width: image.width, height: image.height }, [data.buffer]);
      } finally {
        frame.close(); // the pixels are a copy: the decoder or camera gets its picture back at once
        if (frame.format !== null) framesLeftOpen++;
      }
    };
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  },
  framesLeftOpen: () => tail.then(() => framesLeftOpen),
};

Comlink.expose(api);
