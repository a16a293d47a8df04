// Video-file source: decodes EVERY frame of an MP4/MOV with WebCodecs and estimates each one, however slow the
// estimator is (decoding waits for the analysis: no frame is dropped). Frames carry their own timestamps. Pipelined:
// the decoder works ahead while the estimator (the pose worker) takes the frames over, one in hand and one waiting.
// The file is streamed (mp4-stream.ts): only its sample tables and the samples being decoded are in memory.
import type { PoseFrame } from '../analysis/index.ts';
import type { FrameEstimator } from './estimator.ts';
import { drawUpright } from './frame-pixels.ts';
import { analyseWithElement } from './element-source-frames.ts';
import { browserVideoCapabilities, chooseVideoSource, type VideoCapabilities, type VideoSourceKind } from './element-source.ts';
import { openMp4, SampleReader } from './mp4-stream.ts';
import { openFrameDecoder } from './wasm-decode.ts';

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
  /**
   * The decoded picture, drawn upright (valid until the next frame is yielded); null where no picture was drawn for
   * this frame (PICTURE_INTERVAL_MS): the frame is analysed all the same, and the last picture stays on screen.
   */
  readonly canvas: HTMLCanvasElement | null;
  /** Which way the frames are read (WebCodecs, or the browser's video player where WebCodecs cannot decode the file). */
  readonly path: VideoSourceKind;
}

/**
 * Frames kept decoded ahead of the estimator. Reason: decoders have a small pool of output frames (Chromium stalls
 * when a few stay open), and a short queue keeps memory flat; 4 hides decode latency at no measurable cost.
 */
const DECODE_AHEAD_FRAMES = 4;

/**
 * Frames handed to the estimator before the first of them has its pose. Reason: with two, the worker finds the next
 * frame waiting when it finishes one (no round trip idle); more would only hold decoder frames longer.
 */
const FRAMES_IN_FLIGHT = 2;

/**
 * Least time between two pictures drawn while a file is analysed (ms; one in 66 ms is ~15 a second). Reason: the
 * picture under the skeleton is a preview running at the analysis' speed, not the video's, and 15 a second reads as
 * motion; each picture costs the page a draw (turned upright, ~1.9 ms a frame in a CDP profile of the 2-core bench
 * machine) and the compositor a raster, work that shares the two cores with the pose worker. Every frame is still
 * decoded, analysed and counted.
 */
export const PICTURE_INTERVAL_MS = 66;

/**
 * Analyses every frame of a video file in presentation order. Aborting the signal stops decoding and throws the
 * signal's reason. Throws VideoFileError (with a sentence for the person) when the file cannot be read.
 */
export async function* analyseVideoFile(file: Blob, estimator: FrameEstimator, signal?: AbortSignal,
  capabilities: VideoCapabilities = browserVideoCapabilities()): AsyncGenerator<VideoFileFrame> {
  const demuxed = await openMp4(file); // streamed: sample bytes are read from the file as the decoder needs them
  signal?.throwIfAborted();
  if (!demuxed.ok) throw new VideoFileError(demuxed.reason);
  const video = demuxed.video;
  const total = video.samples.length;
  if (total < video.announcedSamples - SHORT_FRAMES_TOLERATED) {
    throw new VideoFileError('partial', undefined, partialMessage(total, video.announcedSamples));
  }
  const source = await chooseVideoSource(video, capabilities);
  signal?.throwIfAborted();
  if (source.kind === 'none') throw new VideoFileError(source.failure);
  if (source.kind === 'element') {
    yield* analyseWithElement(file, video.samples, estimator, signal, capabilities.frameCallback);
    return;
  }
  const ready: VideoFrame[] = [];
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => { const w = wake; wake = undefined; w?.(); };
  // The browser's decoder, or the wasm one for a codec it lacks (wasm-decode.ts): loaded and checked before any frame.
  const decoder = await openFrameDecoder(file, video, source, {
    output: (f) => { ready.push(f); notify(); },
    error: (e) => { failure = e; notify(); },
  });
  const onAbort = () => notify();
  signal?.addEventListener('abort', onAbort);
  // One canvas per frame in flight plus the one shown: a picture stays valid until the next frame is yielded.
  const canvases = Array.from({ length: FRAMES_IN_FLIGHT + 1 }, () => document.createElement('canvas'));
  const contextOf = (canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('A 2D canvas is not available.');
    return ctx;
  };
  const inFlight: { pose: Promise<PoseFrame>; canvas: HTMLCanvasElement | null; width: number; height: number }[] = [];
  let drawn = 0;
  let lastPictureMs = -Infinity;
  const quarter = video.rotationDeg === 90 || video.rotationDeg === 270;
  const samples = new SampleReader(file);
  estimator.reset();
  try {
    let fed = 0;
    let sent = 0;
    let flushed = false;
    let flushDone = false;
    for (let index = 0; index < total;) {
      signal?.throwIfAborted();
      if (failure !== undefined) throw new VideoFileError('decode', failure);
      while (fed < total && ready.length + decoder.decodeQueueSize < DECODE_AHEAD_FRAMES) {
        const s = video.samples[fed++]!;
        const data = await samples.read(s);
        decoder.decode(new EncodedVideoChunk({ type: s.key ? 'key' : 'delta', timestamp: s.tUs, duration: s.durationUs, data }));
      }
      if (fed === total && !flushed) {
        flushed = true;
        // The decoder holds back the last frames (reordering) until flushed.
        decoder.flush().then(() => { flushDone = true; notify(); }, (e: unknown) => { failure ??= e; notify(); });
      }
      while (inFlight.length < FRAMES_IN_FLIGHT && ready.length > 0) {
        const next = ready.shift()!;
        const [width, height] = quarter ? [next.displayHeight, next.displayWidth] : [next.displayWidth, next.displayHeight];
        // A picture for this frame if the last was drawn PICTURE_INTERVAL_MS ago, and always for the first and the last.
        const nowMs = performance.now();
        const picture = sent === 0 || sent === total - 1 || nowMs - lastPictureMs >= PICTURE_INTERVAL_MS;
        const canvas = picture ? canvases[drawn++ % canvases.length]! : null;
        sent++;
        if (canvas) {
          lastPictureMs = nowMs;
          try {
            drawUpright(next, video.rotationDeg, contextOf(canvas)); // the picture shown; the estimator reads its own copy
          } catch (error) {
            next.close();
            throw error;
          }
        }
        // The estimator takes the frame over (closes it, or transfers it to the pose worker).
        const pose = estimator.estimateFrame(next, next.timestamp / 1000, video.rotationDeg);
        pose.catch(() => undefined); // awaited below in order; a rejection must not go unhandled meanwhile
        inFlight.push({ pose, canvas, width, height });
      }
      const oldest = inFlight.shift();
      if (!oldest) {
        if (flushDone) break; // the decoder produced fewer frames than samples: reported below
        await new Promise<void>((ok) => { wake = ok; });
        continue;
      }
      const frame = await oldest.pose;
      yield { frame, index, total, width: oldest.width, height: oldest.height, canvas: oldest.canvas, path: source.kind };
      index++;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    for (const f of ready.splice(0)) f.close();
    await Promise.allSettled(inFlight.map((f) => f.pose));
    if (decoder.state !== 'closed') decoder.close();
  }
}
