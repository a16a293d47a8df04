// What a media file holds before it is decoded: whether ffmpeg can read it at all, whether it has a picture, and how
// many frames its container announces (to tell a cut-short file from a complete one after decoding).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { findFfmpeg } from './ffmpeg.ts';

export type ProbeResult =
  | {
    readonly kind: 'video'; readonly frames: number; readonly fps: number; readonly durationS: number;
    /** true: the container's own count (ffprobe nb_frames); false: duration x rate, an estimate. */
    readonly framesExact: boolean;
  }
  | { readonly kind: 'unreadable' | 'no-picture'; readonly detail: string };

/** A probe that hangs (a file on a stalled network drive) must not hang the CLI, ms. */
const PROBE_TIMEOUT_MS = 20_000;

function run(path: string, args: string[]): string {
  try {
    return execFileSync(path, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: PROBE_TIMEOUT_MS, killSignal: 'SIGKILL' });
  } catch (err) {
    // `ffmpeg -i file` with no output always exits 1: its description of the input is on stderr all the same.
    return `${String((err as { stdout?: string }).stdout ?? '')}${String((err as { stderr?: string }).stderr ?? '')}`;
  }
}

/** The container's own frame count (ffprobe's nb_frames), when ffprobe is there and the container stores it. */
function containerFrames(file: string, ffmpegPath: string): number {
  for (const ffprobe of ['ffprobe', join(dirname(ffmpegPath), 'ffprobe')]) {
    const out = run(ffprobe, ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=nb_frames', '-of', 'csv=p=0', file]).trim();
    if (/^\d+$/.test(out)) return Number(out);
  }
  return 0;
}

export function probeMedia(file: string): ProbeResult {
  const ff = findFfmpeg();
  const text = run(ff.path, ['-hide_banner', '-nostdin', '-i', file]);
  const streams = text.split('\n').filter((line) => /Stream #\d+:\d+/.test(line));
  if (streams.length === 0) {
    const reason = /moov atom not found|Invalid data found when processing input|End of file/.exec(text)?.[0] ?? 'no stream found';
    return { kind: 'unreadable', detail: reason };
  }
  // A cover picture in a music file is a "Video" stream too, but not a recording of anyone moving.
  if (!streams.some((line) => /: Video: /.test(line) && !/attached pic/.test(line))) {
    return { kind: 'no-picture', detail: streams.map((line) => line.replace(/.*: (\w+): (\w+).*/, '$1 ($2)')).join(', ') };
  }
  const d = /Duration: (\d+):(\d+):([\d.]+)/.exec(text);
  const f = /, ([\d.]+) (?:fps|tbr)/.exec(text);
  const durationS = d ? Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3]) : 0;
  const fps = f ? Number(f[1]) : 0;
  const exact = containerFrames(file, ff.path);
  return { kind: 'video', frames: exact || Math.round(durationS * fps), framesExact: exact > 0, fps, durationS };
}

/**
 * Frames a decode may fall short of the announced count and still be complete. Reason: an edit list or the decoder's
 * reordering can drop the last frame (infant-prone-prop: 230 of the 231 announced, a whole file); a cut file loses
 * far more (the first 30% of jj-white-wall: 81 of 313).
 */
export const SHORT_FRAMES_TOLERATED = 2;
/**
 * Share of an estimated count (duration x rate, for containers without a frame count such as WebM) a decode may fall
 * short by. Reason: a variable-rate recording's nominal rate overstates its frames by a few percent.
 */
export const SHORT_SHARE_TOLERATED_ESTIMATED = 0.05;

export interface Completeness { readonly partial: boolean; readonly framesFound: number; readonly framesAnnounced: number; readonly message: string | null }

/** Whether a decode got the whole video: enough frames for what the container announced, and no damage reported. */
export function completeness(framesFound: number, framesAnnounced: number, damage: readonly string[], exact = true): Completeness {
  const tolerated = Math.max(SHORT_FRAMES_TOLERATED, exact ? 0 : Math.ceil(framesAnnounced * SHORT_SHARE_TOLERATED_ESTIMATED));
  const short = framesAnnounced > 0 && framesFound < framesAnnounced - tolerated;
  const message = short ? `the video ends early: ${framesFound} of ${framesAnnounced} frames`
    : damage.length > 0 ? `the video is damaged: ffmpeg reported "${damage[0]}" (${framesFound} frames decoded)` : null;
  return { partial: message !== null, framesFound, framesAnnounced, message };
}
