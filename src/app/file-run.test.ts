import { describe, expect, it, vi } from 'vitest';
import { CompactFrames, trackToJson, type PoseFrame } from '../analysis/index.ts';
import { nominalFps, startFileRun, type FileRunContext } from './file-run.ts';
import { createPoseRunState } from './pose-run-state.ts';
import { emptyFrame, fakeEstimator, fakeVideo, personFrame, recordingSink, settle } from './test-fakes.ts';

const file = new File([new Uint8Array(8)], 'jumps.mp4', { type: 'video/mp4' });
const frames = (n: number, make = personFrame): PoseFrame[] => Array.from({ length: n }, (_, i) => make(i * 40));

function setUp(video: ReturnType<typeof fakeVideo>) {
  const recorded = recordingSink();
  const state = createPoseRunState(recorded.sink, () => 'wasm: test');
  const estimator = fakeEstimator();
  let clockMs = 0;
  const ctx: FileRunContext = {
    state, analyse: video.analyse, estimator: () => Promise.resolve(estimator),
    now: () => (clockMs += 50), onEnded: vi.fn(), report: vi.fn(),
  };
  return { recorded, state, estimator, ctx };
}

describe('file run', () => {
  it('analyses every frame, keeps the track and says what it found', async () => {
    const { recorded, state, ctx } = setUp(fakeVideo(frames(5)));
    startFileRun(file, ctx);
    expect(state.source.value).toBe('file');
    expect(state.progress.value).toEqual({ done: 0, total: 0 });
    await settle();
    expect(state.progress.value).toEqual({ done: 5, total: 5 });
    expect(state.fps.value).toBe(5);
    const info = { source: 'jumps.mp4', model: 'movenet-lightning', width: 320, height: 240, fps: 25 } as const;
    expect(state.track.value?.info).toEqual(info);
    expect(state.track.value?.frames.toTrack(info)).toEqual(trackToJson({ ...info, frames: frames(5) }));
    expect(state.notice.value).toEqual({ kind: 'info', text: 'The video is analysed: 5 frames, a person in 100% of them.' });
    expect(recorded.events[0]).toEqual(['begin', { source: 'file', fileName: 'jumps.mp4', model: 'movenet-lightning', backend: 'wasm: test' }]);
    expect(recorded.events.slice(1)).toEqual([['frame', 0], ['frame', 40], ['frame', 80], ['frame', 120], ['frame', 160], ['end', 'complete']]);
    expect(ctx.onEnded).toHaveBeenCalledTimes(1);
  });

  it('counts and passes on every frame, and shows only those that come with a picture', async () => {
    const { recorded, state, ctx } = setUp(fakeVideo(frames(5), { pictureEvery: 2 }));
    const shownAt: number[] = [];
    state.shown.subscribe((s) => { if (s) shownAt.push(s.frame.tMs); });
    startFileRun(file, ctx);
    await settle();
    expect(state.counts.value).toEqual({ frames: 5, withPerson: 5 });
    expect(recorded.events.filter(([kind]) => kind === 'frame')).toHaveLength(5);
    expect(shownAt).toEqual([0, 80, 160]); // frames 0, 2 and 4; the shown one stays on screen between them
    expect(state.progress.value).toEqual({ done: 5, total: 5 });
  });

  it('says when no one was found', async () => {
    const { state, ctx } = setUp(fakeVideo(frames(3, emptyFrame)));
    startFileRun(file, ctx);
    await settle();
    expect(state.notice.value?.kind).toBe('error');
    expect(state.notice.value?.text).toMatch(/^No one was found in this video/);
  });

  it('cancels the set and keeps no track when fewer frames decode than the file holds', async () => {
    const { recorded, state, ctx } = setUp(fakeVideo(frames(3), { total: 4 }));
    startFileRun(file, ctx);
    await settle();
    expect(recorded.events.at(-1)).toEqual(['end', 'cancelled']);
    expect(state.track.value).toBeNull();
    expect(state.notice.value?.text).toMatch(/^Only 3 of the video's 4 frames could be decoded/);
  });

  it('cancels the set and reports a decoder failure', async () => {
    const { recorded, ctx } = setUp(fakeVideo(frames(4), { failAfter: 2 }));
    startFileRun(file, ctx);
    await settle();
    expect(recorded.events.at(-1)).toEqual(['end', 'cancelled']);
    expect(ctx.report).toHaveBeenCalledWith(new Error('The decoder broke.'));
    expect(ctx.onEnded).toHaveBeenCalledTimes(1);
  });

  it('stops decoding when stopped, cancels the set once and says how far it got', async () => {
    const video = fakeVideo(frames(50));
    const { recorded, state, ctx } = setUp(video);
    const run = startFileRun(file, ctx);
    for (let i = 0; i < 4; i++) await Promise.resolve();
    run.stop();
    await settle();
    expect(video.calls[0]!.signal.aborted).toBe(true);
    const analysed = recorded.events.filter(([kind]) => kind === 'frame').length;
    expect(analysed).toBeLessThan(50);
    expect(recorded.events.filter(([kind]) => kind === 'end')).toEqual([['end', 'cancelled']]);
    expect(state.notice.value).toEqual({ kind: 'info', text: `Analysis cancelled after ${analysed} frames.` });
    expect(ctx.onEnded).not.toHaveBeenCalled();
  });
});

describe('nominalFps', () => {
  it('reads the rate from the frames\' own timestamps, 0 when it cannot be told', () => {
    expect(nominalFps(CompactFrames.of(frames(31).map((f, i) => ({ ...f, tMs: (i * 1000) / 30 }))))).toBe(30);
    expect(nominalFps(CompactFrames.of([personFrame(0)]))).toBe(0);
    expect(nominalFps(CompactFrames.of([personFrame(5), personFrame(5)]))).toBe(0);
    expect(nominalFps(new CompactFrames())).toBe(0);
  });
});
