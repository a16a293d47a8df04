// Golden tests: the engine on the committed MoveNet Lightning tracks of every labelled clip of this task
// (and the negatives), each count within the label's tolerance. The expectations are copied from
// ../shared/clips/labels.json so that these tests run without the clips; where the clips are present, a last test
// checks that the copy still matches the labels.
import { describe, expect, it } from 'vitest';
import type { TaskId } from '../../index.ts';
import { clipsAvailable, readLabels } from '../../../cli/clips.ts';
import { analyzeFixture, itCountsEachClip } from '../../../../tests/helpers/fixtures.ts';
import { TWO_FOOT_JUMP } from './index.ts';

interface Golden { readonly file: string; readonly task: TaskId; readonly count: number; readonly tolerance: number }

const GOLDEN: readonly Golden[] = [
  { file: 'two-foot-jumps/rope-side-view.mp4', task: 'two-foot-jump', count: 20, tolerance: 0 },
  { file: 'two-foot-jumps/rope-front-lowres.mp4', task: 'two-foot-jump', count: 63, tolerance: 3 },
  { file: 'two-foot-jumps/jump-in-place-no-rope.mp4', task: 'two-foot-jump', count: 29, tolerance: 1 },
  { file: 'negatives/speed-step-alternating-feet.mp4', task: 'two-foot-jump', count: 0, tolerance: 0 },
  { file: 'negatives/squats-5fps.mp4', task: 'two-foot-jump', count: 0, tolerance: 0 },
];
function countOn(g: Golden, model: 'lightning' | 'thunder' = 'lightning'): { count: number; flags: readonly string[] } {
  if (g.task !== TWO_FOOT_JUMP.id) throw new Error(`${g.task}: this file tests TWO_FOOT_JUMP.id only`);
  return analyzeFixture(TWO_FOOT_JUMP, g.file, model);
}

describe('two-foot-jump on the committed Lightning fixture tracks', () => {
  itCountsEachClip(GOLDEN, (g) => countOn(g).count);

  it('reports the alternating-feet flights it refused in the stepping negative', () => {
    const { flags } = countOn(GOLDEN[3]!);
    expect(flags.some((f) => f.includes('one after the other'))).toBe(true);
  });
});

// MoveNet Thunder sees the stepping negative's last stride differently: the swing foot stops falling a few cm above
// the floor for 3 frames (read as a contact), then the other foot leaps off alone and both land together. The
// "both feet left the floor" check refuses it (takeoff-check.ts); the counts of the other clips are the same.
describe('two-foot-jump on the committed Thunder fixture tracks', () => {
  itCountsEachClip(GOLDEN, (g) => countOn(g, 'thunder').count);
});

describe.skipIf(!clipsAvailable())('golden table against ../shared/clips/labels.json', () => {
  it('matches every two-foot-jump label', () => {
    const labelled = readLabels().filter((c) => c.task === 'two-foot-jump')
      .map((c) => ({ file: c.file, task: c.task, count: c.expect.count, tolerance: c.expect.tolerance }));
    expect(labelled).toEqual(GOLDEN);
  });
});
