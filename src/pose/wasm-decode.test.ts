import { describe, expect, it } from 'vitest';
import { chooseVideoSource, codecName } from './wasm-decode.ts';

const track = (codec: string) => ({ codec, description: undefined, codedWidth: 406, codedHeight: 720, rotationDeg: 0 as const, announcedSamples: 1 });

describe('chooseVideoSource', () => {
  it("uses the browser's decoder for a codec it supports, with the track's config", async () => {
    const source = await chooseVideoSource(track('avc1.64001f'), { isConfigSupported: () => Promise.resolve(true) });
    expect(source).toEqual({ kind: 'webcodecs', config: { codec: 'avc1.64001f', codedWidth: 406, codedHeight: 720 } });
  });

  it('uses the wasm decoder for a codec the browser refuses, and names it as people know it', async () => {
    const refuses = { isConfigSupported: () => Promise.resolve(false) };
    expect(await chooseVideoSource(track('hvc1.1.6.L93.B0'), refuses)).toEqual({ kind: 'wasm', codecName: 'HEVC (H.265)' });
    expect(await chooseVideoSource(track('mp4v.20.9'), refuses)).toEqual({ kind: 'wasm', codecName: 'MPEG-4 Part 2' });
    expect(codecName('xyz1')).toBe('xyz1');
  });
});
