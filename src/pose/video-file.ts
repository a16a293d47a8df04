// Video-file source: decodes EVERY frame of an MP4/MOV with WebCodecs and estimates each one, however slow the
// estimator is (decoding waits for the analysis: no frame is dropped). Frames carry their own timestamps.
import type { PoseFrame } from '../analysis/index.ts';
import type { PoseEstimator } from './estimator.ts';
import { RgbaFrameReader } from './frame-pixels.ts';
import { demuxMp4, type DemuxedVideo } from './mp4-demux.ts';

export type VideoFileFailure = 'not-mp4' | 'no-video' | 'no-webcodecs' | 'codec' | 'decode' | 'partial';

export const VIDEO_FILE_MESSAGES: { readonly [F in VideoFileFailure]: string } = {
  'not-mp4': 'This file could not be read as a video. Choose an MP4 or MOV file (the format phones and most cameras record).',
  'no-video': 'This file has no video picture in it. Choose a video file of the child moving.',
  'no-webcodecs': 'This browser cannot read videos frame by frame. Open the page in a current Chrome, Edge or Safari, or over https.',
  codec: 'This video is compressed in a format the browser cannot decode here. Convert it to MP4 (H.264), for example with the phone\'s share or export option, and open it again.',
  decode: 'The video stopped decoding part-way: the file may be damaged. Try exporting it again from the phone or camera.',
  partial: 'This video ends early: the file holds fewer frames than it announces (it was probably cut short while copying). Copy it again from the phone or camera and open the new copy.',
};

/**
 * Frames a file may hold fewer than it announces and still be complete. Reason: the same as the CLI's (src/cli/probe.ts:
 * an edit list can drop the last frame; a file cut short loses far more).
 */
const SHORT_FRAMES_TOLERATED = 2;

/** The partial-file sentence with the numbers, the same words as the CLI's flag ("the video ends early: 81 of 313 frames"). */
const partialMessage = (found: number, announced: number) =>
  `This video ends early: ${found} of ${announced} frames are in the file (it was probably cut short while copying). Copy it again from the phone or camera and open the new copy.`;

export class VideoFileError extends Error {
  constructor(readonly failure: VideoFileFailure, override readonly cause?: unknown, message = VIDEO_FILE_MESSAGES[failure]) {
    super(message);
    this.name = 'VideoFileError';
  }
}

export interface VideoFileFrame {
  readonly frame: PoseFrame;
  /** 0-based index in presentation order. */
  readonly index: number;
  /** Frames in the file. */
  readonly total: number;
  readonly width: number;
  readonly height: number;
  /** The decoded picture, drawn upright (valid until the next frame is yielded). */
  readonly canvas: HTMLCanvasElement;
}

/**
 * Frames kept decoded ahead of the estimator. Reason: decoders have a small pool of output frames (Chromium stalls
 * when a few stay open), and a short queue keeps memory flat; 4 hides decode latency at no measurable cost.
 */
const DECODE_AHEAD_FRAMES = 4;

async function decoderConfig(video: DemuxedVideo): Promise<VideoDecoderConfig> {
  const config: VideoDecoderConfig = { codec: video.codec, codedWidth: video.codedWidth, codedHeight: video.codedHeight };
  if (video.description) config.description = video.description;
  const support = await VideoDecoder.isConfigSupported(config).catch(() => ({ supported: false }));
  if (!support.supported) throw new VideoFileError('codec');
  return config;
}

/** Shows upright pixels (already turned) on the canvas. */
function showUpright(pixels: ImageData, canvas: HTMLCanvasElement): void {
  if (canvas.width !== pixels.width) canvas.width = pixels.width;
  if (canvas.height !== pixels.height) canvas.height = pixels.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('A 2D canvas is not available.');
  ctx.putImageData(pixels, 0, 0);
}

/**
 * Draws the frame upright on the canvas and returns its pixels (the estimator's input): the fallback where the
 * browser cannot copy the frame as RGBA itself (see RgbaFrameReader), ~10-14 ms a frame more.
 */
function drawUpright(frame: VideoFrame, rotationDeg: number, canvas: HTMLCanvasElement): ImageData {
  const w = frame.displayWidth;
  const h = frame.displayHeight;
  const quarter = rotationDeg === 90 || rotationDeg === 270;
  if (canvas.width !== (quarter ? h : w)) canvas.width = quarter ? h : w;
  if (canvas.height !== (quarter ? w : h)) canvas.height = quarter ? w : h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('A 2D canvas is not available.');
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((rotationDeg * Math.PI) / 180);
  ctx.drawImage(frame, -w / 2, -h / 2, w, h);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * Analyses every frame of a video file in presentation order. Aborting the signal stops decoding and throws the
 * signal's reason. Throws VideoFileError (with a sentence for the person) when the file cannot be read.
 */
export async function* analyseVideoFile(file: Blob, estimator: PoseEstimator, signal?: AbortSignal): AsyncGenerator<VideoFileFrame> {
  if (typeof VideoDecoder === 'undefined') throw new VideoFileError('no-webcodecs');
  const demuxed = demuxMp4(await file.arrayBuffer());
  signal?.throwIfAborted();
  if (!demuxed.ok) throw new VideoFileError(demuxed.reason);
  const video = demuxed.video;
  const total = video.samples.length;
  if (total < video.announcedSamples - SHORT_FRAMES_TOLERATED) {
    throw new VideoFileError('partial', undefined, partialMessage(total, video.announcedSamples));
  }
  const ready: VideoFrame[] = [];
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => { const w = wake; wake = undefined; w?.(); };
  const decoder = new VideoDecoder({
    output: (f) => { ready.push(f); notify(); },
    error: (e) => { failure = e; notify(); },
  });
  const onAbort = () => notify();
  signal?.addEventListener('abort', onAbort);
  const canvas = document.createElement('canvas');
  const reader = new RgbaFrameReader();
  estimator.reset();
  try {
    decoder.configure(await decoderConfig(video));
    let fed = 0;
    let flushed = false;
    let flushDone = false;
    for (let index = 0; index < total;) {
      signal?.throwIfAborted();
      if (failure !== undefined) throw new VideoFileError('decode', failure);
      while (fed < total && ready.length + decoder.decodeQueueSize < DECODE_AHEAD_FRAMES) {
        const s = video.samples[fed++]!;
        decoder.decode(new EncodedVideoChunk({ type: s.key ? 'key' : 'delta', timestamp: s.tUs, duration: s.durationUs, data: s.data }));
      }
      if (fed === total && !flushed) {
        flushed = true;
        // The decoder holds back the last frames (reordering) until flushed.
        decoder.flush().then(() => { flushDone = true; notify(); }, (e: unknown) => { failure ??= e; notify(); });
      }
      const next = ready.shift();
      if (!next) {
        if (flushDone) break; // the decoder produced fewer frames than samples: reported below
        await new Promise<void>((ok) => { wake = ok; });
        continue;
      }
      try {
        // ImageData, not the canvas: tfjs would copy a canvas into its own before reading it (measured ~4 ms/frame).
        const copied = await reader.read(next, video.rotationDeg);
        if (copied) showUpright(copied, canvas);
        const pixels = copied ?? drawUpright(next, video.rotationDeg, canvas);
        const tMs = next.timestamp / 1000;
        next.close(); // give the picture back to the decoder's pool now; the pixels are a copy
        const frame = await estimator.estimate(pixels, tMs);
        yield { frame, index, total, width: canvas.width, height: canvas.height, canvas };
        index++;
      } finally {
        next.close(); // no-op after the close above; covers a throw while drawing
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    for (const f of ready.splice(0)) f.close();
    if (decoder.state !== 'closed') decoder.close();
  }
}
