import { describe, expect, it } from 'vitest';
import { chunkArgs, chunkMismatch, frameBytes, parseShowinfo, planChunks, rawFormatFor, SEEK_MARGIN_S, type TimelineFrame } from './wasm-decode-plan.ts';

/** `n` frames at `fps` (µs times as the sample table gives them), a key frame every `gop`. */
const timeline = (n: number, fps: number, gop: number): TimelineFrame[] =>
  Array.from({ length: n }, (_, i) => ({ tUs: Math.round((i * 1e6) / fps), key: i % gop === 0 }));

describe('planChunks', () => {
  it('covers every frame once, in order, with runs of at most the size asked', () => {
    for (const [n, gop, max] of [[313, 30, 21], [567, 250, 500], [10, 1, 3], [100, 12, 1000], [7, 100, 2]] as const) {
      const chunks = planChunks(timeline(n, 30, gop), max);
      expect(chunks[0]!.start).toBe(0);
      expect(chunks.at(-1)!.end).toBe(n);
      chunks.forEach((c, i) => {
        expect(c.end - c.start).toBeGreaterThan(0);
        expect(c.end - c.start).toBeLessThanOrEqual(max);
        if (i > 0) expect(c.start).toBe(chunks[i - 1]!.end);
      });
    }
  });

  it('starts each run at a key frame when one lies within reach', () => {
    const t = timeline(300, 30, 30);
    const chunks = planChunks(t, 45);
    expect(chunks.map((c) => c.start)).toEqual([0, 30, 60, 90, 120, 150, 180, 210, 240, 270]);
  });
});

describe('chunkArgs', () => {
  const t = timeline(300, 30, 30);

  it('decodes the first run from the start, every frame once with its own time, into raw frames', () => {
    const args = chunkArgs(t, { start: 0, end: 30 }, 'in', 'out', 'yuv420p');
    expect(args).not.toContain('-ss');
    expect(args.join(' ')).toContain('-noautorotate -copyts -i in -map 0:v:0');
    expect(args.join(' ')).toContain('-vf showinfo -frames:v 30 -fps_mode passthrough -pix_fmt yuv420p -f rawvideo out');
  });

  it('seeks before the key frame of a later run and keeps frames from half-way to the previous one', () => {
    const args = chunkArgs(t, { start: 90, end: 120 }, 'in', 'out', 'yuv420p');
    expect(args[args.indexOf('-ss') + 1]).toBe((3 - SEEK_MARGIN_S).toFixed(6));
    expect(args).toContain(`select='gte(t,${((t[89]!.tUs + t[90]!.tUs) / 2e6).toFixed(6)})',showinfo`);
    expect(chunkArgs(t, { start: 90, end: 120 }, 'in', 'out', 'yuv420p', false)).not.toContain('-ss');
  });
});

describe('frames', () => {
  it('uses I420 for even sizes and RGBA for odd ones, with their byte counts', () => {
    expect(rawFormatFor(406, 720)).toBe('yuv420p');
    expect(rawFormatFor(405, 720)).toBe('rgba');
    expect(frameBytes(406, 720, 'yuv420p')).toBe(406 * 720 * 1.5);
    expect(frameBytes(3, 3, 'rgba')).toBe(36);
  });

  it('reads frame times and sizes from showinfo and finds a frame that is not at its timeline time', () => {
    const log = [
      '[Parsed_showinfo_1 @ 0x1] config in time_base: 1/15360, frame_rate: 30/1',
      '[Parsed_showinfo_1 @ 0x1] n:   0 pts:      0 pts_time:0       duration:    512 fmt:yuv420p s:406x720 i:P',
      '[Parsed_showinfo_1 @ 0x1] n:   1 pts:    512 pts_time:0.0333333 duration:    512 fmt:yuv420p s:406x720 i:P',
    ];
    const frames = parseShowinfo(log);
    expect(frames).toEqual([{ tUs: 0, width: 406, height: 720 }, { tUs: 33333, width: 406, height: 720 }]);
    const t = [{ tUs: 0, key: true }, { tUs: 33333, key: false }, { tUs: 66667, key: false }];
    expect(chunkMismatch(t, { start: 0, end: 2 }, frames)).toBeNull();
    expect(chunkMismatch(t, { start: 1, end: 3 }, frames)).toMatch(/^frame 1 is at 0 µs in ffmpeg and 33333 µs/);
  });
});
