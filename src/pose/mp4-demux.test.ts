import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIPS_DIR, clipsAvailable } from '../cli/clips.ts';
import { demuxMp4 } from './mp4-demux.ts';

const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('demuxMp4', () => {
  it('reports bytes that are not an MP4 as not-mp4', () => {
    const result = demuxMp4(arrayBufferOf(new TextEncoder().encode('this is not a video file at all')));
    expect(result).toEqual({ ok: false, reason: 'not-mp4' });
  });

  describe.skipIf(!clipsAvailable())('on a real clip', () => {
    const clip = join(CLIPS_DIR, 'jumping-jacks', 'jj-white-wall.mp4');
    const result = clipsAvailable() ? demuxMp4(arrayBufferOf(readFileSync(clip))) : undefined;

    it('finds every video sample (313: what ffmpeg decodes)', () => {
      expect(result?.ok && result.video.samples.length).toBe(313);
    });
    it('times samples like ffmpeg, after the edit list (0, 34.141, 68.283 ms from ffprobe)', () => {
      if (!result?.ok) throw new Error('demux failed');
      const times = result.video.samples.map((s) => s.tUs / 1000).sort((a, b) => a - b).slice(0, 3);
      // Tolerance 0.01 ms: sample times are rounded to whole microseconds.
      expect(times[0]).toBeCloseTo(0, 2);
      expect(times[1]).toBeCloseTo(34.141, 2);
      expect(times[2]).toBeCloseTo(68.283, 2);
    });
    it('finds the 81 samples of a copy cut after 30% of its bytes, and the 313 its index announces', () => {
      const bytes = readFileSync(clip);
      const cut = demuxMp4(arrayBufferOf(bytes.subarray(0, Math.floor(bytes.length * 0.3))));
      expect(cut.ok && [cut.video.samples.length, cut.video.announcedSamples]).toEqual([81, 313]);
      expect(result?.ok && result.video.announcedSamples).toBe(313);
    });
    it('describes an H.264 track WebCodecs can configure', () => {
      if (!result?.ok) throw new Error('demux failed');
      expect(result.video.codec).toMatch(/^avc1\./);
      expect(result.video.description?.byteLength).toBeGreaterThan(0);
      expect(result.video.samples[0]?.key).toBe(true);
      expect([result.video.codedWidth, result.video.codedHeight, result.video.rotationDeg]).toEqual([406, 720, 0]);
    });
  });
});
