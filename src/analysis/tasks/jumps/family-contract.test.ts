// Properties every jumps-family task keeps for the live view, the records and eval, each of which a wrong analyser
// breaks: every counted rep is announced once, a rep never changes once the live view has read it, the live count is
// the result's count, and the clock's origin does not matter.
import { describe, expect, it } from 'vitest';
import { hops, longJump, syntheticJumpTrack, twoFootJumps } from '../../../../tests/helpers/synthetic-jumps.ts';
import { readTrackFile } from '../../../cli/track-from-file.ts';
import { fixtureTrackPath } from '../../../cli/clips.ts';
import type { PoseFrame, SourceInfo } from '../../types.ts';
import { TASK_TABLE, analyzeFrames } from '../table.ts';
import type { TaskDefinition, TaskResultBase } from '../types.ts';

interface Track { readonly source: SourceInfo; readonly frames: readonly PoseFrame[] }
type RepResult = TaskResultBase & { readonly count: number; readonly reps: readonly object[] };

const jjTrack = (): Track => {
  const t = readTrackFile(fixtureTrackPath('jumping-jacks/jj-white-wall.mp4'));
  return { source: { width: t.width, height: t.height, fps: t.fps }, frames: t.frames };
};
const longJumpTrack = syntheticJumpTrack(longJump({ takeoffS: 1.5, flightS: 0.45, distanceNorm: 0.9 }),
  { durationS: 3, view: 'side', facing: 1, width: 960, centerX: 200, noisePx: 0.5 });

/** Each task with a track on which it counts reps, and how many (the task's own tests check the numbers). */
const CASES: readonly { readonly task: TaskDefinition<RepResult>; readonly track: () => Track; readonly reps: number }[] = [
  { task: TASK_TABLE['two-foot-jump'], reps: 3, track: () => syntheticJumpTrack(twoFootJumps({ startS: 0.5, count: 3, periodS: 0.9, flightS: 0.35 }), { durationS: 4, noisePx: 1 }) },
  { task: TASK_TABLE.hop, reps: 5, track: () => syntheticJumpTrack(hops({ startS: 1, count: 5, periodS: 0.6, flightS: 0.25, support: 'left', holdFromS: 0.5 }), { durationS: 5, noisePx: 1 }) },
  { task: TASK_TABLE['standing-long-jump'], reps: 1, track: () => longJumpTrack },
  { task: TASK_TABLE['jumping-jack'], reps: 12, track: jjTrack },
];

describe('jumps family contract', () => {
  for (const { task, track, reps } of CASES) {
    const { source, frames } = track();

    it(`${task.id}: announces every counted rep exactly once, as it settles or at the end of the set`, () => {
      const analyzer = task.create(source);
      let announced = 0;
      for (const frame of frames) announced += analyzer.push(frame).filter((e) => e.kind === 'rep').length;
      const beforeEnd = analyzer.snapshot().count;
      const result = analyzer.finish();
      expect(result.count).toBe(reps);
      expect(announced).toBe(beforeEnd);
      expect(result.reps).toHaveLength(result.count);
    });

    it(`${task.id}: a rep the live view has read never changes afterwards, and the live count is the result's`, () => {
      const analyzer = task.create(source);
      const seen: (readonly object[])[] = [];
      for (const frame of frames) {
        analyzer.push(frame);
        const now = analyzer.snapshot();
        expect(analyzer.progress().count).toBe(now.count);
        if (now.reps.length > (seen.at(-1)?.length ?? 0)) seen.push(now.reps);
      }
      const final = analyzer.finish().reps;
      for (const read of seen) expect(final.slice(0, read.length)).toEqual(read);
    });

    it(`${task.id}: counts the same reps when the clock starts a minute later`, () => {
      const later = frames.map((f) => ({ ...f, tMs: f.tMs + 60_000 }));
      expect(analyzeFrames(task, source, later).count).toBe(analyzeFrames(task, source, frames).count);
    });
  }
});
