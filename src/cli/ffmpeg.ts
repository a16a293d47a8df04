// Video and image decoding for the CLI: ffmpeg from PATH, else the binary shipped inside @ffmpeg-installer/ffmpeg.
// Every decoded frame comes out once (passthrough, no duplicated or dropped frames) as rgb24 with its own timestamp,
// read from the showinfo filter, because some clips start late or vary their frame rate.
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { endChild, trackChild } from './child-processes.ts';

export interface DecodedFrame {
  readonly index: number;
  readonly tMs: number;
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

interface FfmpegBinary { readonly path: string; readonly major: number; readonly minor: number }
let cached: FfmpegBinary | undefined;

function versionOf(path: string): FfmpegBinary | undefined {
  try {
    const out = execFileSync(path, ['-hide_banner', '-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /ffmpeg version n?(\d+)\.(\d+)/.exec(out);
    // Builds named by date (e.g. the static 2018 build) are 4.x in behaviour.
    return { path, major: m ? Number(m[1]) : 4, minor: m ? Number(m[2]) : 0 };
  } catch {
    return undefined;
  }
}

export function findFfmpeg(): FfmpegBinary {
  if (cached) return cached;
  const fromPath = versionOf('ffmpeg');
  if (fromPath) return (cached = fromPath);
  try {
    const shipped = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;
    const bundled = versionOf(shipped);
    if (bundled) return (cached = bundled);
  } catch { /* reported below */ }
  throw new Error('No ffmpeg found: install it (apt-get install ffmpeg) or reinstall the npm dependencies.');
}

/** ffmpeg's words for data it could not read: a cut-short or damaged file (it still exits 0). */
const DAMAGE = /partial file|corrupt input packet|corrupt decoded frame|Invalid data found|Error while decoding|Invalid NAL unit/;

const SHOWINFO = /n:\s*(\d+)\s+pts:\s*(-?\d+)\s+pts_time:(-?[\d.]+).*?\bs:(\d+)x(\d+)/;

/**
 * Decodes every frame of a video, GIF or image file in presentation order. Frames are yielded as they are decoded;
 * breaking out of the loop or aborting the signal stops ffmpeg. ffmpeg's reports of damaged data go into `damage`.
 */
export async function* decodeFrames(file: string, signal?: AbortSignal, damage: string[] = []): AsyncGenerator<DecodedFrame> {
  const ff = findFfmpeg();
  const passthrough = ff.major > 5 || (ff.major === 5 && ff.minor >= 1) ? ['-fps_mode', 'passthrough'] : ['-vsync', '0'];
  const child = spawn(ff.path, ['-hide_banner', '-nostdin', '-loglevel', 'info', '-i', file, ...passthrough,
    '-vf', 'showinfo', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { stdio: ['ignore', 'pipe', 'pipe'] });
  trackChild(child);
  const infos: { tMs: number; width: number; height: number }[] = [];
  let stderrTail = '';
  let partial = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const m = SHOWINFO.exec(line);
      if (m) infos.push({ tMs: Number(m[3]) * 1000, width: Number(m[4]), height: Number(m[5]) });
      else if (DAMAGE.test(line) && damage.length < 20) damage.push(line.replace(/^\[[^\]]*\]\s*/, '').trim());
      if (!m) stderrTail = (stderrTail + line + '\n').slice(-2000);
    }
  });
  let closed = false;
  const exited = new Promise<number>((resolve) => child.on('close', (code) => { closed = true; resolve(code ?? 1); }));
  const onAbort = () => void endChild(child);
  signal?.addEventListener('abort', onAbort, { once: true });
  let index = 0;
  const waitForInfo = async () => {
    // The showinfo line of a frame can be read from stderr after its pixels from stdout: wait for it, or for the
    // end of ffmpeg's output (the 'close' event comes after both pipes are drained).
    while (infos.length <= index && !closed) await new Promise((r) => setTimeout(r, 2));
  };
  // Each frame's bytes are copied once, straight into that frame's own array (the consumer keeps it): no growing buffer.
  let frame: Uint8Array | undefined;
  let filled = 0;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      for (let offset = 0; offset < chunk.length;) {
        if (infos.length <= index) await waitForInfo();
        const info = infos[index];
        if (info === undefined) throw new Error(`ffmpeg gave pixels for frame ${index} of ${file} without its timestamp.`);
        frame ??= new Uint8Array(info.width * info.height * 3);
        const n = Math.min(frame.length - filled, chunk.length - offset);
        frame.set(chunk.subarray(offset, offset + n), filled);
        filled += n;
        offset += n;
        if (filled < frame.length) continue;
        yield { index, tMs: info.tMs, width: info.width, height: info.height, rgb: frame };
        frame = undefined;
        filled = 0;
        index++;
      }
    }
    const code = await exited;
    if (signal?.aborted) return;
    if (code !== 0) throw new Error(`ffmpeg could not decode ${file}: ${stderrTail.trim().split('\n').slice(-3).join(' | ')}`);
    if (index === 0) throw new Error(`${file} holds no video frame that ffmpeg can decode.`);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (child.exitCode === null) void endChild(child);
  }
}
