import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable } from '../cli/clips.ts';
import { findFfmpeg } from '../cli/ffmpeg.ts';
import { demuxMp4 } from './mp4-demux.ts';
import { openMp4, SampleReader } from './mp4-stream.ts';

/** A Blob that records which byte ranges were read, to check the file is streamed, not read whole. */
function recordingBlob(bytes: Uint8Array<ArrayBuffer>) {
  const reads: number[] = [];
  const wrap = (blob: Blob, base: number): Blob => new Proxy(blob, {
    get(target, key) {
      if (key === 'slice') {
        return (start = 0, end = target.size) => wrap(target.slice(start, end), base + start);
      }
      if (key === 'arrayBuffer') return () => { reads.push(target.size); return target.arrayBuffer(); };
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { blob: wrap(new Blob([bytes]), 0), reads };
}

/** A clip demuxed from its whole bytes and streamed from a recording Blob of them. */
async function wholeAndStreamed(path: string) {
  const bytes = new Uint8Array(readFileSync(path));
  const whole = demuxMp4(bytes.slice().buffer);
  const { blob, reads } = recordingBlob(bytes);
  const streamed = await openMp4(blob);
  if (!whole.ok || !streamed.ok) throw new Error('demux failed');
  return { bytes, whole, streamed, blob, reads };
}

describe('openMp4', () => {
  it('reports bytes that are not an MP4 as not-mp4', async () => {
    expect(await openMp4(new Blob(['this is not a video file at all']))).toEqual({ ok: false, reason: 'not-mp4' });
  });

  describe.skipIf(!clipsAvailable())('on a real clip', () => {
    const clip = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');

    it('gives the same samples as reading the whole file, reading only the small boxes up front', async () => {
      const { bytes, whole, streamed, blob, reads } = await wholeAndStreamed(clip);
      const upFront = reads.reduce((a, b) => a + b, 0);
      expect(upFront).toBeLessThan(bytes.byteLength / 20); // headers and moov, not the media data
      const { samples, ...header } = streamed.video;
      const { samples: wholeSamples, ...wholeHeader } = whole.video;
      expect(header).toEqual(wholeHeader);
      expect(samples).toHaveLength(wholeSamples.length);
      for (const [i, s] of samples.entries()) {
        const w = wholeSamples[i]!;
        expect([s.tUs, s.durationUs, s.key]).toEqual([w.tUs, w.durationUs, w.key]);
        if ('data' in s) throw new Error('a streamed sample carries its place in the file, not its bytes');
        expect(new Uint8Array(await blob.slice(s.offset, s.offset + s.size).arrayBuffer())).toEqual(w.data);
      }
    });

    it('reads the same sample bytes through a window, with far fewer reads than samples and no read over its size', async () => {
      const { whole, streamed, blob, reads } = await wholeAndStreamed(clip);
      const window = 64 * 1024; // small, so that this 1.4 MB clip needs many windows
      const reader = new SampleReader(blob, window);
      reads.length = 0;
      for (const [i, s] of streamed.video.samples.entries()) expect(await reader.read(s)).toEqual(whole.video.samples[i]!.data);
      const largest = Math.max(...streamed.video.samples.map((s) => ('size' in s ? s.size : 0)));
      expect(reads.length).toBeLessThan(streamed.video.samples.length / 4);
      expect(Math.max(...reads)).toBeLessThanOrEqual(Math.max(window, largest));
    });

    it('streams a file whose sample table follows the media (moov last, as ffmpeg and many phones write it)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'springboard-moov-last-'));
      try {
        const moovLast = join(dir, 'moov-last.mp4');
        execFileSync(findFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-y', '-i', clip, '-an', '-c', 'copy', moovLast]);
        const bytes = new Uint8Array(readFileSync(moovLast));
        const whole = demuxMp4(bytes.slice().buffer);
        const streamed = await openMp4(new Blob([bytes]));
        if (!whole.ok || !streamed.ok) throw new Error(`demux failed: ${JSON.stringify([whole.ok, streamed.ok])}`);
        expect(streamed.video.samples).toHaveLength(313);
        for (const [i, s] of streamed.video.samples.entries()) {
          expect(await new SampleReader(new Blob([bytes])).read(s)).toEqual(whole.video.samples[i]!.data);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
