// Which way a video file's frames are read: WebCodecs (VideoDecoder) where the browser can decode the file's codec
// that way, else the browser's own video element, sought frame by frame (WebKitGTK without an H.264 WebCodecs decoder,
// Safari before 16.4). Both give every frame of the file once, with the sample table's own timestamps, so the counts are
// the same; the element path is slower (a seek a frame). The choice is pure over injected capabilities (unit-tested).
import type { VideoHeader } from './mp4-demux.ts';

/** What the browser offers for reading a video file (injected: the real one is browserVideoCapabilities()). */
export interface VideoCapabilities {
  /** WebCodecs' VideoDecoder exists. */
  readonly videoDecoder: boolean;
  /** VideoFrame exists: the estimator (and the pose worker) take every picture as one. */
  readonly videoFrame: boolean;
  /** HTMLVideoElement.requestVideoFrameCallback exists (else the element path waits for 'seeked'). */
  readonly frameCallback: boolean;
  /** VideoDecoder.isConfigSupported said yes for this configuration. */
  decoderSupports(config: VideoDecoderConfig): Promise<boolean>;
  /** The video element says it can play this MIME type with its codecs parameter ('maybe' or 'probably'). */
  elementPlays(mimeType: string): boolean;
  /** WebAssembly and module workers exist: Springboard's own decoder (wasm-decode.ts) can run. */
  readonly wasmDecoder: boolean;
}

export type VideoSourceKind = 'webcodecs' | 'element' | 'wasm';

export type VideoSourceChoice =
  | { readonly kind: 'webcodecs'; readonly config: VideoDecoderConfig }
  | { readonly kind: 'element' }
  | { readonly kind: 'wasm'; readonly codecName: string }
  | { readonly kind: 'none'; readonly failure: 'no-webcodecs' | 'codec' };

/** The short status line shown while and after a file is read: which path the frames came through. */
export const VIDEO_SOURCE_LINES: { readonly [K in VideoSourceKind]: string } = {
  webcodecs: 'WebCodecs (the browser\'s video decoder)',
  element: 'the browser\'s video player, frame by frame: WebCodecs cannot decode this video here (slower, same frames)',
  wasm: 'Springboard\'s own video decoder (ffmpeg.wasm): this browser cannot decode the video\'s format (slower, same frames)',
};

export function browserVideoCapabilities(): VideoCapabilities {
  const hasDecoder = typeof VideoDecoder !== 'undefined';
  return {
    videoDecoder: hasDecoder,
    videoFrame: typeof VideoFrame !== 'undefined',
    frameCallback: typeof HTMLVideoElement !== 'undefined' && 'requestVideoFrameCallback' in HTMLVideoElement.prototype,
    decoderSupports: async (config) => hasDecoder
      && (await VideoDecoder.isConfigSupported(config).catch(() => ({ supported: false }))).supported === true,
    elementPlays: (mimeType) => typeof document !== 'undefined' && document.createElement('video').canPlayType(mimeType) !== '',
    wasmDecoder: typeof WebAssembly !== 'undefined' && typeof Worker !== 'undefined',
  };
}

/** The WebCodecs configuration of a track (the codec string and its avcC/hvcC description). */
export function decoderConfigOf(video: VideoHeader): VideoDecoderConfig {
  const config: VideoDecoderConfig = { codec: video.codec, codedWidth: video.codedWidth, codedHeight: video.codedHeight };
  if (video.description) config.description = video.description;
  return config;
}

/** A codec as people may know it, from its MP4 sample entry name. */
export function codecName(codec: string): string {
  const names: Readonly<Record<string, string>> = {
    avc1: 'H.264', avc3: 'H.264', hvc1: 'HEVC (H.265)', hev1: 'HEVC (H.265)', mp4v: 'MPEG-4 Part 2', vp09: 'VP9', vp08: 'VP8', av01: 'AV1',
  };
  return names[codec.slice(0, 4)] ?? codec;
}

/**
 * Picks how to read a file's frames: WebCodecs when it decodes this codec, else the video element when it plays it
 * (native, and already in the browser), else Springboard's wasm decoder (downloaded on first use), else the reason none
 * can. VideoFrame is needed on every path (the estimator takes VideoFrames).
 */
export async function chooseVideoSource(video: VideoHeader, capabilities: VideoCapabilities): Promise<VideoSourceChoice> {
  if (!capabilities.videoFrame) return { kind: 'none', failure: 'no-webcodecs' };
  const config = decoderConfigOf(video);
  if (capabilities.videoDecoder && await capabilities.decoderSupports(config)) return { kind: 'webcodecs', config };
  if (capabilities.elementPlays(`video/mp4; codecs="${video.codec}"`)) return { kind: 'element' };
  if (capabilities.wasmDecoder) return { kind: 'wasm', codecName: codecName(video.codec) };
  return { kind: 'none', failure: capabilities.videoDecoder ? 'codec' : 'no-webcodecs' };
}

/**
 * Seek targets (seconds) for the frames whose presentation times are `tUs` (ascending): the middle of each frame's
 * interval, so that the element's own rounding of times (Firefox and WebKit keep microseconds, the file's timescale
 * may not) never lands on the frame before. The last frame's interval is its own duration.
 */
export function seekTargetsS(tUs: readonly number[], lastDurationUs: number): number[] {
  return tUs.map((t, i) => {
    const next = tUs[i + 1] ?? t + Math.max(lastDurationUs, 1);
    return Math.max(0, (t + (next - t) / 2) / 1e6);
  });
}
