import { describe, expect, it, vi } from 'vitest';
import { chooseVideoSource, codecName, decoderConfigOf, seekTargetsS, type VideoCapabilities } from './element-source.ts';
import type { VideoHeader } from './mp4-demux.ts';

const H264: VideoHeader = { codec: 'avc1.64001f', description: new Uint8Array([1, 2, 3]), codedWidth: 406, codedHeight: 720, rotationDeg: 0 };

/** A browser as the stubs say: everything present and able unless overridden. */
function capabilities(overrides: Partial<VideoCapabilities> = {}): VideoCapabilities {
  return {
    videoDecoder: true, videoFrame: true, frameCallback: true,
    decoderSupports: vi.fn(() => Promise.resolve(true)), elementPlays: vi.fn(() => true), wasmDecoder: false,
    ...overrides,
  };
}

describe('chooseVideoSource', () => {
  it('takes WebCodecs where its decoder supports the track, with the track\'s codec and description', async () => {
    const caps = capabilities();
    const choice = await chooseVideoSource(H264, caps);
    expect(choice).toEqual({ kind: 'webcodecs', config: { codec: 'avc1.64001f', codedWidth: 406, codedHeight: 720, description: H264.description } });
    expect(caps.decoderSupports).toHaveBeenCalledWith(decoderConfigOf(H264));
    expect(caps.elementPlays).not.toHaveBeenCalled();
  });

  it('falls back to the video player where VideoDecoder is missing (WebKitGTK without it, Safari before 16.4)', async () => {
    const caps = capabilities({ videoDecoder: false });
    expect(await chooseVideoSource(H264, caps)).toEqual({ kind: 'element' });
    expect(caps.decoderSupports).not.toHaveBeenCalled();
    expect(caps.elementPlays).toHaveBeenCalledWith('video/mp4; codecs="avc1.64001f"');
  });

  it('falls back to the video player where VideoDecoder exists but refuses this codec', async () => {
    expect(await chooseVideoSource(H264, capabilities({ decoderSupports: () => Promise.resolve(false) }))).toEqual({ kind: 'element' });
  });

  it('uses the wasm decoder where neither WebCodecs nor the player can, and names the codec as people know it', async () => {
    const caps = capabilities({ decoderSupports: () => Promise.resolve(false), elementPlays: () => false, wasmDecoder: true });
    expect(await chooseVideoSource({ ...H264, codec: 'hvc1.1.6.L93.B0' }, caps)).toEqual({ kind: 'wasm', codecName: 'HEVC (H.265)' });
    expect(await chooseVideoSource({ ...H264, codec: 'mp4v.20.9' }, caps)).toEqual({ kind: 'wasm', codecName: 'MPEG-4 Part 2' });
    expect(codecName('xyz1')).toBe('xyz1');
  });

  it('says the codec cannot be decoded when neither WebCodecs nor the player can', async () => {
    const caps = capabilities({ decoderSupports: () => Promise.resolve(false), elementPlays: () => false });
    expect(await chooseVideoSource(H264, caps)).toEqual({ kind: 'none', failure: 'codec' });
  });

  it('says the browser cannot read videos frame by frame when it has no decoder and its player cannot play the file', async () => {
    expect(await chooseVideoSource(H264, capabilities({ videoDecoder: false, elementPlays: () => false }))).toEqual({ kind: 'none', failure: 'no-webcodecs' });
  });

  it('refuses without VideoFrame, which both paths hand the estimator, whatever else the browser has', async () => {
    const caps = capabilities({ videoFrame: false });
    expect(await chooseVideoSource(H264, caps)).toEqual({ kind: 'none', failure: 'no-webcodecs' });
    expect(caps.decoderSupports).not.toHaveBeenCalled();
  });

  it('leaves the description out of the configuration when the track has none (VP8, MPEG-4 Part 2)', () => {
    expect(decoderConfigOf({ ...H264, codec: 'vp8', description: undefined })).toEqual({ codec: 'vp8', codedWidth: 406, codedHeight: 720 });
  });
});

describe('seekTargetsS', () => {
  it('aims at the middle of each frame\'s interval, the last one by its own duration', () => {
    expect(seekTargetsS([0, 40_000, 80_000], 40_000)).toEqual([0.02, 0.06, 0.1]);
  });

  it('follows uneven frame times (a variable-rate phone video)', () => {
    expect(seekTargetsS([0, 30_000, 100_000], 20_000)).toEqual([0.015, 0.065, 0.11]);
  });

  it('never aims before the start of the file', () => {
    expect(seekTargetsS([-40_000, 0], 40_000)[0]).toBe(0);
  });
});
