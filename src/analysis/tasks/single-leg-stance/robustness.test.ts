// Issue 10 on single-leg holds: a camera that moves is not a step, and a short dropout of the lifted ankle while a
// hold is qualifying does not restart it.
import { describe, expect, it } from 'vitest';
import { holdBetween, syntheticBalanceTrack } from '../../../../tests/helpers/synthetic-balance.ts';
import { fixtureTrackPath } from '../../../cli/clips.ts';
import { readTrackFile } from '../../../cli/track-from-file.ts';
import { analyzeFrames, KP, type Keypoint } from '../../index.ts';
import { SINGLE_LEG_STANCE_TASK } from './index.ts';

describe('single-leg stance under camera motion and dropouts', () => {
  it('keeps one hold when the whole picture wanders sideways by 0.15 body heights (a hand-held camera)', () => {
    const track = syntheticBalanceTrack({ durationS: 7, noisePx: 1 }, (tS) => ({
      ...holdBetween(1, 6)(tS), bodyDxNorm: 0.15 * Math.sin((2 * Math.PI * tS) / 1.3),
    }));
    const r = analyzeFrames(SINGLE_LEG_STANCE_TASK, track.source, track.frames);
    expect(r.holds.map((h) => [h.durationS, h.endReason])).toEqual([[5, 'touch-down']]);
  });

  it('still ends a hold with "step" when the standing foot moves out from under the body', () => {
    const track = syntheticBalanceTrack({ durationS: 7 }, (tS) => ({
      ...holdBetween(1, 6)(tS), ...(tS >= 3 ? { ankleShift: { side: 'right', dxNorm: -0.2 } } : {}),
    }));
    expect(analyzeFrames(SINGLE_LEG_STANCE_TASK, track.source, track.frames).holds[0]).toMatchObject({ endMs: 3000, endReason: 'step' });
  });

  it('tree-pose-hold-10fps with the lifted ankle unseen for frames 6-7 (qualifying) still holds 6.2 s from 0.4 s', () => {
    const track = readTrackFile(fixtureTrackPath('balance/tree-pose-hold-10fps.mp4'));
    const frames = track.frames.map((f, i) => (i >= 6 && i <= 7 && f.keypoints
      ? { tMs: f.tMs, keypoints: f.keypoints.map((k, j): Keypoint => (j === KP.left_ankle ? [k[0], k[1], 0.15] : k)) } : f));
    const r = analyzeFrames(SINGLE_LEG_STANCE_TASK, track, frames);
    expect(r.holds.map((h) => [h.startMs, h.durationS])).toEqual([[400, 6.2]]);
  });
});
