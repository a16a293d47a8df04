// Reads a WebCodecs VideoFrame's picture as RGBA into memory kept from frame to frame, instead of drawing it on a
// canvas and reading it back with getImageData (which returns a fresh ImageData every frame).

/**
 * Copies VideoFrames, turned upright, into one ImageData reused for the reader's life. Reason: measured in headless
 * Chromium 156 on the 2-core bench machine, 406x720 frame of jj-white-wall.mp4: drawImage + getImageData took
 * 10-14 ms a frame (both halves ~4-6 ms), VideoFrame.copyTo({ format: 'RGBA' }) into reused memory 0.3-0.4 ms, a
 * quarter turn in JS 0.3 ms more. The pixels are the same: every channel of 12 frames of each of 8 clips (bt709,
 * bt470bg, smpte170m, 338 to 1280 rows) and of every rotation matched the canvas path exactly, as did the camera's.
 * Where the browser cannot convert (no `format` option, an opaque frame, a scaled display size), read() returns null
 * and the caller draws the frame as before.
 */
export class RgbaFrameReader {
  private image: ImageData | null = null;
  private unturned = new Uint8Array(0);
  private unsupported = false;

  /**
   * The frame turned clockwise by rotationDeg, as RGBA, in an ImageData that the next call overwrites; null when this
   * browser cannot copy the frame as RGBA (then every later call returns null too).
   */
  async read(frame: VideoFrame, rotationDeg: 0 | 90 | 180 | 270 = 0): Promise<ImageData | null> {
    if (this.unsupported || frame.format === null) return null;
    const rect = frame.visibleRect;
    // A display size other than the coded picture's (non-square pixels) needs scaling: the canvas does that.
    if (!rect || rect.width !== frame.displayWidth || rect.height !== frame.displayHeight) return null;
    const { width, height } = rect;
    const options: VideoFrameCopyToOptions = { format: 'RGBA', colorSpace: 'srgb' };
    const size = width * height * 4;
    try {
      // A browser that ignores `format` would size the frame's own layout (1.5 bytes a pixel for I420): refuse it.
      if (frame.allocationSize(options) !== size) { this.unsupported = true; return null; }
    } catch {
      this.unsupported = true;
      return null;
    }
    const quarter = rotationDeg === 90 || rotationDeg === 270;
    const image = this.imageOf(quarter ? height : width, quarter ? width : height);
    if (rotationDeg !== 0 && this.unturned.length !== size) this.unturned = new Uint8Array(size);
    const target = rotationDeg === 0 ? image.data : this.unturned;
    try {
      await frame.copyTo(target, options);
    } catch {
      this.unsupported = true;
      return null;
    }
    if (rotationDeg !== 0) turn(new Uint32Array(this.unturned.buffer), width, height, rotationDeg, new Uint32Array(image.data.buffer));
    return image;
  }

  private imageOf(width: number, height: number): ImageData {
    if (this.image?.width !== width || this.image.height !== height) this.image = new ImageData(width, height);
    return this.image;
  }
}

/**
 * Turns w x h pixels (one uint32 each) clockwise by deg into `to`, pixel for pixel as the canvas draws them in
 * video-file.ts (translate to the centre, rotate, draw): a quarter turn puts source (x, y) at (h - 1 - y, x).
 */
export function turn(from: Uint32Array, w: number, h: number, deg: 90 | 180 | 270, to: Uint32Array): void {
  const n = w * h;
  if (deg === 180) {
    for (let i = 0; i < n; i++) to[n - 1 - i] = from[i]!;
    return;
  }
  for (let y = 0; y < h; y++) {
    const row = y * w;
    if (deg === 90) for (let x = 0, at = h - 1 - y; x < w; x++, at += h) to[at] = from[row + x]!;
    else for (let x = 0, at = (w - 1) * h + y; x < w; x++, at -= h) to[at] = from[row + x]!;
  }
}

/**
 * A frame's pixels, upright, in memory reused from call to call: WebCodecs' copy where the browser can make it, else
 * the frame drawn on a canvas and read back. The same reading everywhere a frame becomes pixels (the estimator in the
 * page, the frame-reader worker), so a frame gives the same pixels, and the same keypoints, on every path.
 */
export class FramePixelReader {
  private copier = new RgbaFrameReader();
  private canvas: UprightCanvasReader | null = null;

  async read(frame: VideoFrame, rotationDeg: RotationDeg): Promise<ImageData> {
    const copied = await this.copier.read(frame, rotationDeg);
    if (copied) return copied;
    this.canvas ??= new UprightCanvasReader();
    return this.canvas.read(frame, rotationDeg);
  }

  /** Lets the reused memory go (a new reader starts afresh). */
  release(): void {
    this.copier = new RgbaFrameReader();
    this.canvas = null;
  }
}

/** Quarter-turn rotations a video track can ask for (clockwise degrees). */
export type RotationDeg = 0 | 90 | 180 | 270;

/**
 * Draws the frame upright on an OffscreenCanvas (in a page or a worker) and reads its pixels back: the fallback where
 * the browser cannot copy the frame as RGBA itself (see RgbaFrameReader), ~10-14 ms a frame more.
 */
export class UprightCanvasReader {
  private context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null = null;

  read(frame: VideoFrame, rotationDeg: RotationDeg = 0): ImageData {
    // A page canvas where OffscreenCanvas is missing (Safari before 16.4 runs the model in the page: in-page-pose.ts).
    this.context ??= typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })
      : document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!this.context) throw new Error('A 2D canvas is not available to read the video frame.');
    drawUpright(frame, rotationDeg, this.context);
    return this.context.getImageData(0, 0, this.context.canvas.width, this.context.canvas.height);
  }
}

/**
 * Draws the frame turned clockwise by rotationDeg, filling the context's canvas (resized to the upright picture):
 * the picture the page shows, and the fallback the estimator reads.
 */
export function drawUpright(frame: VideoFrame, rotationDeg: number, ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D): void {
  const w = frame.displayWidth;
  const h = frame.displayHeight;
  const quarter = rotationDeg === 90 || rotationDeg === 270;
  const [width, height] = quarter ? [h, w] : [w, h];
  if (ctx.canvas.width !== width) ctx.canvas.width = width;
  if (ctx.canvas.height !== height) ctx.canvas.height = height;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.translate(width / 2, height / 2);
  ctx.rotate((rotationDeg * Math.PI) / 180);
  ctx.drawImage(frame, -w / 2, -h / 2, w, h);
}

/**
 * Pixels skipped between two luma samples. Reason: a prime stride samples every row and column evenly without
 * lining up with the picture's structure; ~44,000 samples of a 640x480 frame give the mean to well under 1% in
 * about 0.1 ms.
 */
const LUMA_SAMPLE_STRIDE = 7;

/** Mean Rec. 601 luma of RGBA pixels, 0..1 (the setup check's "enough light"). */
export function meanLuma(pixels: { readonly data: Uint8ClampedArray | Uint8Array }): number {
  const { data } = pixels;
  let sum = 0;
  let n = 0;
  for (let i = 0; i + 2 < data.length; i += 4 * LUMA_SAMPLE_STRIDE, n++) sum += 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  return n === 0 ? 0 : sum / n / 255;
}
