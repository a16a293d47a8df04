// Which decoder reads a video file's frames: the browser's own (WebCodecs) when it can decode the codec, else
// Springboard's wasm decoder (ffmpeg.wasm in a worker, loaded only then) for what phones record and browsers often
// cannot decode here (HEVC from iPhones, MPEG-4 Part 2 from older cameras). Both give the same frames at the same
// times: the times come from the file's sample table either way, and each wasm frame's own time is checked against it.
import * as Comlink from 'comlink';
import type { StreamedVideo } from './mp4-stream.ts';
import { VideoFileError } from './video-file.ts';
import type { WasmDecoderApi } from './wasm-decode-api.ts';
import {
  chunkArgs, chunkMismatch, frameBytes, parseShowinfo, planChunks, rawFormatFor, type DecodedFrameInfo, type DecodeChunk,
  type RawFormat, type TimelineFrame,
} from './wasm-decode-plan.ts';

/** What the file loop needs of a decoder: WebCodecs' VideoDecoder, or the wasm decoder below. */
export type FrameDecoder = Pick<VideoDecoder, 'decode' | 'flush' | 'close' | 'decodeQueueSize' | 'state'>;

/** The sources openFrameDecoder opens (element-source.ts chooses among them and the video player). */
export type VideoSource = { readonly kind: 'webcodecs'; readonly config: VideoDecoderConfig } | { readonly kind: 'wasm'; readonly codecName: string };

/**
 * Bytes of decoded frames one ffmpeg run may hold. Reason: a run's frames exist twice for a moment (ffmpeg's output
 * file, then the copy handed to the page), so 64 MiB keeps the decoder's peak near 200 MB with its own heap; that is
 * 21 frames of 1080p, 5 of 4K, the whole of a small clip.
 */
const RUN_BYTES = 64 * 1024 * 1024;

/** Opens the decoder that `source` names; its frames go to `init.output` in presentation order. */
export async function openFrameDecoder(file: Blob, video: StreamedVideo, source: VideoSource, init: VideoDecoderInit): Promise<FrameDecoder> {
  if (source.kind === 'webcodecs') {
    const decoder = new VideoDecoder(init);
    decoder.configure(source.config);
    return decoder;
  }
  const timeline = [...video.samples].map((s) => ({ tUs: s.tUs, key: s.key })).sort((a, b) => a.tUs - b.tUs);
  const decoder = new WasmFrameDecoder(timeline, video.codedWidth, video.codedHeight, init);
  await decoder.open(file, source.codecName);
  return decoder;
}

/** Starts the worker; rejects (instead of waiting for ever) when its script cannot be loaded, e.g. offline and never cached. */
function startWorker(): { worker: Worker; remote: Comlink.Remote<WasmDecoderApi>; failed: Promise<never> } {
  const worker = new Worker(new URL('./wasm-decode-worker.ts', import.meta.url), { type: 'module', name: 'springboard-video-decoder' });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => { reject(new Error(e.message || 'the decoder could not be loaded')); });
  });
  failed.catch(() => undefined);
  return { worker, remote: Comlink.wrap<WasmDecoderApi>(worker), failed };
}

interface DecodedRun { readonly frames: readonly DecodedFrameInfo[]; readonly data: Uint8Array; readonly bytesPerFrame: number; next: number }

/** A VideoDecoder look-alike over ffmpeg.wasm: each decode() asks for one more frame, flush() waits for all asked. */
class WasmFrameDecoder implements FrameDecoder {
  state: CodecState = 'unconfigured';
  private readonly format: RawFormat;
  private readonly chunks: DecodeChunk[];
  private worker: ReturnType<typeof startWorker> | undefined;
  private run: DecodedRun | undefined;
  private nextChunk = 0;
  private fed = 0;
  private output = 0;
  private ended = false;
  private pumping = false;
  private flushed: (() => void)[] = [];

  constructor(private readonly timeline: readonly TimelineFrame[], width: number, height: number, private readonly init: VideoDecoderInit) {
    this.format = rawFormatFor(width, height);
    this.chunks = planChunks(timeline, RUN_BYTES / frameBytes(width, height, this.format));
  }

  get decodeQueueSize(): number { return this.ended ? 0 : this.fed - this.output; }

  /** Loads the decoder and decodes the first run, so that a file no path can read is refused before any frame. */
  async open(file: Blob, codec: string): Promise<void> {
    try {
      this.worker = startWorker();
      await Promise.race([this.worker.remote.open(file), this.worker.failed]);
    } catch (error) {
      this.close();
      throw new VideoFileError('codec', error, `This video is compressed as ${codec}, which this browser cannot decode, and Springboard's own decoder for it could not be loaded (it is downloaded the first time such a video is opened). Connect to the internet and open the video again: after that it works offline too.`);
    }
    try {
      this.run = await this.decodeChunk();
    } catch (error) {
      this.close();
      throw new VideoFileError('codec', error, `This video is compressed as ${codec}, which neither this browser nor Springboard's own decoder could read here. Convert it to MP4 (H.264), for example with the phone's share or export option, and open it again.`);
    }
    this.state = 'configured';
  }

  decode(): void {
    this.fed++;
    void this.pump();
  }

  flush(): Promise<void> {
    return new Promise((ok) => { this.flushed.push(ok); void this.pump(); });
  }

  close(): void {
    this.state = 'closed';
    this.worker?.remote[Comlink.releaseProxy]();
    this.worker?.worker.terminate();
    this.worker = undefined;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.state === 'configured' && !this.ended && this.output < this.fed) {
        const frame = await this.nextFrame();
        if (this.state !== 'configured') { frame?.close(); break; }
        if (frame) { this.output++; this.init.output(frame); } else this.ended = true;
      }
    } catch (error) {
      if (this.state === 'configured') this.init.error(error instanceof DOMException ? error : new DOMException(String(error), 'EncodingError'));
      this.ended = true;
    } finally {
      this.pumping = false;
    }
    if (this.ended || this.output >= this.fed) for (const ok of this.flushed.splice(0)) ok();
  }

  private async nextFrame(): Promise<VideoFrame | null> {
    if (this.run && this.run.next >= this.run.frames.length) this.run = this.nextChunk < this.chunks.length ? await this.decodeChunk() : undefined;
    const run = this.run;
    if (!run || run.next >= run.frames.length) return null;
    const info = run.frames[run.next]!;
    const offset = run.next++ * run.bytesPerFrame;
    return new VideoFrame(run.data.subarray(offset, offset + run.bytesPerFrame), {
      format: this.format === 'rgba' ? 'RGBA' : 'I420', codedWidth: info.width, codedHeight: info.height, timestamp: info.tUs,
    });
  }

  /** Decodes the next run; a run whose frames are not at their timeline times is decoded again from the start. */
  private async decodeChunk(): Promise<DecodedRun> {
    const chunk = this.chunks[this.nextChunk++]!;
    let result = await this.decodeOnce(chunk, true);
    if (typeof result === 'string' && chunk.start > 0) result = await this.decodeOnce(chunk, false);
    if (typeof result === 'string') throw new Error(result);
    return result;
  }

  private async decodeOnce(chunk: DecodeChunk, seek: boolean): Promise<DecodedRun | string> {
    const worker = this.worker;
    if (!worker) throw new Error('the decoder is closed');
    const run = await Promise.race([worker.remote.decode(chunkArgs(this.timeline, chunk, '{input}', '{output}', this.format, seek)), worker.failed]);
    const shown = parseShowinfo(run.log);
    const first = shown[0];
    if (!first) return `ffmpeg decoded no frame (exit ${run.exitCode}): ${run.log.filter((l) => /error|invalid|not supported/i.test(l)).slice(-3).join(' ') || 'no reason given'}`;
    const bytesPerFrame = frameBytes(first.width, first.height, this.format);
    const frames = shown.slice(0, Math.floor(run.data.byteLength / bytesPerFrame));
    return chunkMismatch(this.timeline, chunk, frames) ?? { frames, data: new Uint8Array(run.data), bytesPerFrame, next: 0 };
  }
}
