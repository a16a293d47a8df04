// Reads the video track of an MP4/MOV file into encoded samples for WebCodecs (mp4box does the box parsing). Sample
// times follow the edit list, as ffmpeg does, so browser and CLI tracks share their timestamps.
import { createFile, DataStream, Endianness, MP4BoxBuffer, type Movie, type Sample } from 'mp4box';

export interface EncodedSample {
  readonly tUs: number;
  readonly durationUs: number;
  readonly key: boolean;
  readonly data: Uint8Array;
}

export interface DemuxedVideo {
  /** WebCodecs codec string, e.g. "avc1.4d401e". */
  readonly codec: string;
  /** avcC / hvcC / vpcC / av1C payload without its box header, as VideoDecoderConfig.description wants it. */
  readonly description: Uint8Array | undefined;
  readonly codedWidth: number;
  readonly codedHeight: number;
  /** Clockwise rotation to display the frames upright, from the track matrix (0, 90, 180 or 270 degrees). */
  readonly rotationDeg: 0 | 90 | 180 | 270;
  /** In decode order: those whose bytes are in the file (a file cut short while copying holds fewer). */
  readonly samples: readonly EncodedSample[];
  /** Samples the container's index announces (a complete file holds them all). */
  readonly announcedSamples: number;
}

export type DemuxResult = { readonly ok: true; readonly video: DemuxedVideo } | { readonly ok: false; readonly reason: 'not-mp4' | 'no-video' };

type CodecBox = { write(stream: DataStream): void };

/** What a decoder needs of a video track, without its samples. */
export type VideoHeader = Omit<DemuxedVideo, 'samples' | 'announcedSamples'>;

/** The first video track of a parsed movie: its header and its sample-time conversion, or why there is none. */
export function videoTrackOf(file: ReturnType<typeof createFile>, movie: Movie | undefined, failed: boolean):
  { readonly ok: false; readonly reason: 'not-mp4' | 'no-video' }
  | { readonly ok: true; readonly trackId: number; readonly header: VideoHeader; readonly nbSamples: number; readonly timeUs: (cts: number) => number; readonly toUs: (units: number) => number } {
  if (!movie || failed) return { ok: false, reason: 'not-mp4' };
  const track = movie.videoTracks[0];
  if (!track) return { ok: false, reason: 'no-video' };
  const offset = editOffset(track);
  const toUs = (units: number) => Math.round((units * 1e6) / track.timescale);
  const header: VideoHeader = {
    codec: track.codec,
    description: codecDescription(file, track.id),
    codedWidth: track.video?.width ?? track.track_width,
    codedHeight: track.video?.height ?? track.track_height,
    rotationDeg: rotationOf(track.matrix),
  };
  return { ok: true, trackId: track.id, header, nbSamples: track.nb_samples, toUs, timeUs: (cts) => toUs(cts - offset) };
}

export function codecDescription(file: ReturnType<typeof createFile>, trackId: number): Uint8Array | undefined {
  for (const entry of file.getTrackById(trackId).mdia.minf.stbl.stsd.entries) {
    const e = entry as { avcC?: CodecBox; hvcC?: CodecBox; vpcC?: CodecBox; av1C?: CodecBox };
    const box = e.avcC ?? e.hvcC ?? e.vpcC ?? e.av1C;
    if (!box) continue;
    const stream = new DataStream(undefined, 0, Endianness.BIG_ENDIAN);
    box.write(stream);
    // Skip the 8-byte box header (size + fourcc).
    return new Uint8Array(stream.buffer, 8);
  }
  return undefined;
}

export function rotationOf(matrix: ArrayLike<number> | undefined): 0 | 90 | 180 | 270 {
  if (!matrix || matrix.length < 2) return 0;
  const deg = Math.round((Math.atan2(matrix[1]!, matrix[0]!) * 180) / Math.PI);
  const norm = ((deg % 360) + 360) % 360;
  return norm === 90 || norm === 180 || norm === 270 ? norm : 0;
}

/** Offset (media timescale units) that the edit list removes from the start: the first media_time, as ffmpeg does. */
export function editOffset(track: Movie['videoTracks'][number]): number {
  let emptyMovieUnits = 0;
  for (const edit of track.edits ?? []) {
    if (edit.media_time === -1) { emptyMovieUnits += edit.segment_duration; continue; }
    return edit.media_time - (emptyMovieUnits * track.timescale) / track.movie_timescale;
  }
  return 0;
}

/** Parses a whole MP4/MOV file held in memory. */
export function demuxMp4(buffer: ArrayBuffer): DemuxResult {
  const file = createFile();
  let movie: Movie | undefined;
  const samples: Sample[] = [];
  let failed = false;
  file.onError = () => { failed = true; };
  file.onReady = (info) => {
    movie = info;
    const track = info.videoTracks[0];
    if (!track) return;
    // One sample per batch: mp4box hands over a batch only when it is full, so a bigger batch would hide every
    // sample of a file cut short (the first 30% of jj-white-wall gave 0 samples instead of its 81).
    file.setExtractionOptions(track.id, undefined, { nbSamples: 1 });
    file.start();
  };
  file.onSamples = (_id, _user, batch) => { samples.push(...batch); };
  try {
    file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(buffer, 0), true);
    file.flush();
  } catch {
    failed = true;
  }
  const video = videoTrackOf(file, movie, failed);
  if (!video.ok) return video;
  return {
    ok: true,
    video: {
      ...video.header,
      announcedSamples: video.nbSamples,
      samples: samples.filter((s) => s.data !== undefined).map((s) => ({
        tUs: video.timeUs(s.cts), durationUs: video.toUs(s.duration), key: s.is_sync, data: s.data!,
      })),
    },
  };
}
