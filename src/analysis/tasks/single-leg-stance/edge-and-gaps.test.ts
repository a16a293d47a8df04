// Issue 10, tree-pose-studio-long under zoom-pan and noise (traced in the kept perturbed tracks): the standing foot
// leaving the bottom of the picture ended the 31.7 s hold "lost from view" three times, and two isolated frames with
// both ankle keypoints on the standing foot, 0.54 s of unseen frames apart, were confirmed as a two-frame touch-down.
// Both reproduced here on the committed Lightning fixture track of the clip.
import { describe, expect, it } from 'vitest';
import { fixtureTrackPath } from '../../../cli/clips.ts';
import { readTrackFile } from '../../../cli/track-from-file.ts';
import { analyzeFrames, KP, type Keypoint, type PoseFrame } from '../../index.ts';
import { SINGLE_LEG_STANCE_TASK } from './index.ts';

const track = readTrackFile(fixtureTrackPath('balance/tree-pose-studio-long.mp4'));
const holdsOf = (frames: readonly PoseFrame[]) =>
  analyzeFrames(SINGLE_LEG_STANCE_TASK, track, frames).holds
    .map((h) => [Math.round(h.startMs / 10) / 100, Math.round(h.durationS * 100) / 100, h.endReason]);
type Mutable = [number, number, number];
const edit = (fn: (k: Mutable[], i: number, tS: number) => void): PoseFrame[] => track.frames.map((f, i) => {
  if (f.keypoints === null) return f;
  const k = f.keypoints.map((p): Mutable => [p[0], p[1], p[2]]);
  fn(k, i, f.tMs / 1000);
  return { tMs: f.tMs, keypoints: k.map((p): Keypoint => p) };
});

describe('tree-pose-studio-long: standing foot below the picture, isolated touch-down frames', () => {
  it('the unedited fixture holds 32.16 s from 10.43 s (the reference for the edits below)', () => {
    expect(holdsOf(track.frames)).toEqual([[10.43, 32.16, 'lost from view']]);
  });

  it('keeps one hold when the picture moves up from 12 s until the standing ankle is past the bottom edge (a zoom)', () => {
    // From 12 s to 14 s every keypoint moves down by up to 85 px, the standing (left) ankle from y ~645 to ~730 of a
    // 720 px picture; the lifted foot stays 0.3 body heights above the edge. Before: 1.6 + 0.8 + ... s, lost from view.
    const frames = edit((k, _i, tS) => { const d = 85 * Math.min(1, Math.max(0, (tS - 12) / 2)); for (const p of k) p[1] += d; });
    const holds = holdsOf(frames);
    expect(holds).toHaveLength(1);
    expect(holds[0]![0]).toBe(10.43);
    expect(holds[0]![1]).toBeCloseTo(32.16, 1);
  });

  it('is not ended by the cut-off standing ankle placed on the lifted foot, above its own knee', () => {
    // As above, and from 36 s to 40 s MoveNet's standing ankle sits on the lifted foot (the zoom-pan track, 35.5-42 s).
    const frames = edit((k, _i, tS) => {
      const d = 85 * Math.min(1, Math.max(0, (tS - 12) / 2)); for (const p of k) p[1] += d;
      if (tS >= 36 && tS < 40) k[KP.left_ankle] = [k[KP.right_ankle]![0] + 3, k[KP.right_ankle]![1] + 10, 0.3];
    });
    expect(holdsOf(frames)).toEqual([[10.43, expect.closeTo(32.16, 1), 'lost from view']]);
  });

  it('does not confirm a touch-down from two frames with a gap of unseen frames between them', () => {
    // Frames 680 and 693 (28.36 s, 28.90 s): the lifted (right) ankle on the standing foot, score 0.28; frames 681-692
    // and 694: the lifted ankle at score 0.15 (unseen), as in the noise track. Before: a touch-down at 28.36 s.
    const frames = edit((k, i) => {
      if (i === 680 || i === 693) k[KP.right_ankle] = [k[KP.left_ankle]![0] - 2, k[KP.left_ankle]![1] - 5, 0.28];
      else if ((i > 680 && i < 693) || i === 694) k[KP.right_ankle]![2] = 0.15;
    });
    expect(holdsOf(frames)).toEqual([[10.43, 32.16, 'lost from view']]);
  });

  it('still ends the hold at two consecutive frames of the lifted foot on the floor', () => {
    const frames = edit((k, i) => {
      if (i === 680 || i === 681) k[KP.right_ankle] = [k[KP.left_ankle]![0] - 30, k[KP.left_ankle]![1] - 5, 0.6];
    });
    expect(holdsOf(frames)[0]).toEqual([10.43, expect.closeTo(17.92, 1), 'touch-down']);
  });
});
