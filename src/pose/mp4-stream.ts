// Streams an MP4/MOV from a File/Blob instead of reading it whole: only the small boxes (ftyp, moov: the sample
// tables, kilobytes) are read and parsed by mp4box; each sample's bytes are read from the file when the decoder needs
// them. A 10-minute phone video (hundreds of MB) is never held in memory. Fragmented files (moof boxes, no sample
// table in moov) fall back to reading the whole file, as before.
import { createFile, MP4BoxBuffer, type Movie } from 'mp4box';
import { demuxMp4, videoTrackOf, type DemuxedVideo, type EncodedSample } from './mp4-demux.ts';

/** A sample's place in the file, and its timing (microseconds, after the edit list). */
export interface SampleRef {
  readonly tUs: number;
  readonly durationUs: number;
  readonly key: boolean;
  readonly offset: number;
  readonly size: number;
}

export interface StreamedVideo extends Omit<DemuxedVideo, 'samples'> {
  /** In decode order. */
  readonly samples: readonly (SampleRef | EncodedSample)[];
}

export type StreamResult = { readonly ok: true; readonly video: StreamedVideo } | { readonly ok: false; readonly reason: 'not-mp4' | 'no-video' };

/**
 * Bytes read from the file at once by a SampleReader. Reason: an MP4 keeps a track's samples together in chunks, in
 * decoding order, so one read serves the samples that follow; 2 MB is about a second of a phone's 15 Mbit/s video
 * and keeps memory flat however long the file.
 */
export const SAMPLE_WINDOW_BYTES = 2 * 1024 * 1024;

/**
 * Reads samples' bytes through a window of the file instead of one Blob read a sample. Reason: a
 * `Blob.slice().arrayBuffer()` a sample cost the page's main thread about 1.3 ms a frame (CDP profile of a file run,
 * jj-white-wall, headless Chromium on the 2-core bench machine), beside the pose worker's core. The bytes are the
 * same as one read of the sample's own range would give (mp4-stream.test.ts).
 */
export class SampleReader {
  private window: { readonly start: number; readonly bytes: Uint8Array } | null = null;

  constructor(private readonly file: Blob, private readonly windowBytes = SAMPLE_WINDOW_BYTES) {}

  /** The bytes of a sample: read from the file for a SampleRef, as they are for a sample already in memory. */
  async read(sample: SampleRef | EncodedSample): Promise<Uint8Array> {
    if ('data' in sample) return sample.data;
    const end = sample.offset + sample.size;
    let w = this.window;
    if (!w || sample.offset < w.start || end > w.start + w.bytes.length) {
      const stop = Math.min(this.file.size, sample.offset + Math.max(sample.size, this.windowBytes));
      w = { start: sample.offset, bytes: new Uint8Array(await this.file.slice(sample.offset, stop).arrayBuffer()) };
      this.window = w;
    }
    // A copy of its own: the window is replaced by a later read.
    return w.bytes.slice(sample.offset - w.start, end - w.start);
  }
}

interface TopBox { readonly type: string; readonly start: number; readonly size: number }

/** The file's top-level boxes, from their 8- or 16-byte headers only; null when the bytes are not boxes. */
async function topLevelBoxes(file: Blob): Promise<TopBox[] | null> {
  const boxes: TopBox[] = [];
  for (let pos = 0; pos + 8 <= file.size;) {
    const view = new DataView(await file.slice(pos, pos + 16).arrayBuffer());
    let size = view.getUint32(0);
    const type = String.fromCharCode(view.getUint8(4), view.getUint8(5), view.getUint8(6), view.getUint8(7));
    if (size === 1 && view.byteLength >= 16) size = Number(view.getBigUint64(8));
    else if (size === 0) size = file.size - pos;
    if (size < 8 || !/^[\x20-\x7e]{4}$/.test(type)) return null;
    boxes.push({ type, start: pos, size });
    pos += size;
  }
  return boxes;
}

/** Opens a video file for streaming; see the file comment. */
export async function openMp4(file: Blob): Promise<StreamResult> {
  const boxes = await topLevelBoxes(file);
  if (!boxes?.some((b) => b.type === 'moov') || boxes.some((b) => b.type === 'moof')) return demuxMp4(await file.arrayBuffer());
  const mp4 = createFile();
  let movie: Movie | undefined;
  let failed = false;
  mp4.onError = () => { failed = true; };
  mp4.onReady = (info) => { movie = info; };
  try {
    for (const box of boxes) {
      // Media and padding: their headers only, so that mp4box steps over them to a sample table that follows them.
      const end = box.type === 'mdat' || box.type === 'free' || box.type === 'skip' ? box.start + Math.min(box.size, 16) : box.start + box.size;
      mp4.appendBuffer(MP4BoxBuffer.fromArrayBuffer(await file.slice(box.start, end).arrayBuffer(), box.start));
    }
  } catch {
    failed = true;
  }
  const video = videoTrackOf(mp4, movie, failed);
  if (!video.ok) return video;
  // mp4box's typings do not declare the parsed sample table that getTrackById's track carries (offset, size, cts...).
  const table = (mp4.getTrackById(video.trackId) as unknown as { samples: { offset: number; size: number; cts: number; duration: number; is_sync: boolean }[] }).samples;
  return {
    ok: true,
    video: {
      ...video.header,
      // A file cut short while copying announces samples whose bytes it no longer holds: those are left out, and the
      // caller compares what is left with what was announced.
      announcedSamples: table.length,
      samples: table.filter((s) => s.offset + s.size <= file.size)
        .map((s) => ({ tUs: video.timeUs(s.cts), durationUs: video.toUs(s.duration), key: s.is_sync, offset: s.offset, size: s.size })),
    },
  };
}
