// The pure parts of the wasm video decoder (wasm-decode.ts): which frames each ffmpeg run decodes, its arguments, and
// reading back what it decoded (showinfo's log lines). ffmpeg.wasm cannot be paused mid-run (no threads, no
// SharedArrayBuffer), so a video is decoded in runs of a few frames, each from a key frame, to keep memory flat.

/** One frame of the video in presentation order: its time (the native path's, from the sample table) and whether it is a key frame. */
export interface TimelineFrame { readonly tUs: number; readonly key: boolean }

/** One ffmpeg run: frames [start, end) of the timeline. */
export interface DecodeChunk { readonly start: number; readonly end: number }

/**
 * Splits the timeline into runs of at most `maxFrames`, each ending just before a key frame when one lies in reach, so
 * that the next run starts from a key frame and decodes nothing twice. A run with no key frame in reach is cut at
 * `maxFrames` (the next run then decodes again from the key frame before it).
 */
export function planChunks(timeline: readonly TimelineFrame[], maxFrames: number): DecodeChunk[] {
  const chunks: DecodeChunk[] = [];
  const size = Math.max(1, Math.floor(maxFrames));
  for (let start = 0; start < timeline.length;) {
    let end = Math.min(start + size, timeline.length);
    if (end < timeline.length && !timeline[end]!.key) {
      for (let k = end - 1; k > start; k--) if (timeline[k]!.key) { end = k; break; }
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/**
 * How far before a run's key frame ffmpeg is asked to seek, in seconds. Reason: ffmpeg's MP4 seek lands on the last
 * key frame whose DECODE time is at or before the target, and decode times run ahead of presentation times by the
 * B-frame reordering delay (a few frames, under 0.2 s in phone video); 0.5 s never lands past the key frame wanted,
 * and at worst decodes one short extra group of frames. The frames kept are chosen by their times (select), not by
 * where the seek landed.
 */
export const SEEK_MARGIN_S = 0.5;

export type RawFormat = 'yuv420p' | 'rgba';

/** I420 (the native decoder's layout) for even sizes; RGBA where a chroma plane would not divide evenly. */
export const rawFormatFor = (width: number, height: number): RawFormat => (width % 2 === 0 && height % 2 === 0 ? 'yuv420p' : 'rgba');

/** Bytes of one decoded frame in `format`. */
export const frameBytes = (width: number, height: number, format: RawFormat): number =>
  format === 'rgba' ? width * height * 4 : width * height + 2 * Math.ceil(width / 2) * Math.ceil(height / 2);

/** The arguments of the ffmpeg run that decodes `chunk` into /out.raw. */
export function chunkArgs(timeline: readonly TimelineFrame[], chunk: DecodeChunk, input: string, output: string, format: RawFormat, seek = true): string[] {
  const first = timeline[chunk.start]!;
  const seekArgs: string[] = [];
  let select = '';
  if (chunk.start > 0) {
    // Keep frames from half-way between the previous frame and the first wanted (times are the stream's own: -copyts).
    const fromS = (timeline[chunk.start - 1]!.tUs + first.tUs) / 2e6;
    select = `select='gte(t,${fromS.toFixed(6)})',`;
    let key = chunk.start;
    while (key > 0 && !timeline[key]!.key) key--;
    const targetS = (timeline[key]!.tUs - timeline[0]!.tUs) / 1e6 - SEEK_MARGIN_S;
    if (seek && targetS > 0) seekArgs.push('-noaccurate_seek', '-ss', targetS.toFixed(6));
  }
  return [
    '-hide_banner', '-loglevel', 'info', '-noautorotate', '-copyts', ...seekArgs, '-i', input,
    '-map', '0:v:0', '-an', '-sn', '-dn', '-vf', `${select}showinfo`, '-frames:v', String(chunk.end - chunk.start),
    '-fps_mode', 'passthrough', '-pix_fmt', format, '-f', 'rawvideo', output,
  ];
}

/** A frame as ffmpeg decoded it: its time (µs, from its pts and time base) and size. */
export interface DecodedFrameInfo { readonly tUs: number; readonly width: number; readonly height: number }

/** Reads showinfo's log: the input time base, then one line per frame ("n: 0 pts: 1024 pts_time:... s:406x720 ..."). */
export function parseShowinfo(lines: readonly string[]): DecodedFrameInfo[] {
  let num = 0;
  let den = 1;
  const frames: DecodedFrameInfo[] = [];
  for (const line of lines) {
    const tb = /config in time_base: (\d+)\/(\d+)/.exec(line);
    if (tb) { num = Number(tb[1]); den = Number(tb[2]); continue; }
    const f = /\bn:\s*\d+\s+pts:\s*(-?\d+)\s.*?\bs:(\d+)x(\d+)/.exec(line);
    if (f && num > 0) frames.push({ tUs: Math.round((Number(f[1]) * num * 1e6) / den), width: Number(f[2]), height: Number(f[3]) });
  }
  return frames;
}

/**
 * Why a run's frames are not the ones the native path would give (another frame, another time), or null when every
 * frame sits at its timeline time. Times are compared to the microsecond the sample table gives (1 µs of rounding).
 */
export function chunkMismatch(timeline: readonly TimelineFrame[], chunk: DecodeChunk, decoded: readonly DecodedFrameInfo[]): string | null {
  for (let i = 0; i < decoded.length; i++) {
    const want = timeline[chunk.start + i];
    if (!want) return `ffmpeg gave more frames than the video has (${chunk.start + decoded.length} of ${timeline.length})`;
    if (Math.abs(decoded[i]!.tUs - want.tUs) > 1) return `frame ${chunk.start + i} is at ${decoded[i]!.tUs} µs in ffmpeg and ${want.tUs} µs in the file's sample table`;
  }
  return null;
}
