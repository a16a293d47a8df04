// Golden tests: the engine on the committed MoveNet Lightning tracks of every labelled clip of this task
// (and the negatives), each count within the label's tolerance. The expectations are copied from
// ../shared/clips/labels.json so that these tests run without the clips; where the clips are present, a last test
// checks that the copy still matches the labels.
import { describe, expect, it } from 'vitest';
import { findTask, type TaskId } from '../../index.ts';
import { clipsAvailable, readLabels } from '../../../cli/clips.ts';
import { analyzeFixture } from '../../../../tests/helpers/fixtures.ts';

interface Golden { readonly file: string; readonly task: TaskId; readonly count: number; readonly tolerance: number }

const GOLDEN: readonly Golden[] = [
  { file: 'jumping-jacks/jj-white-wall.mp4', task: 'jumping-jack', count: 12, tolerance: 0 },
  { file: 'jumping-jacks/jj-studio-caption.mp4', task: 'jumping-jack', count: 5, tolerance: 0 },
  { file: 'jumping-jacks/jj-studio-cuts.mp4', task: 'jumping-jack', count: 11, tolerance: 0 },
  { file: 'jumping-jacks/jj-outdoor-overlays.mp4', task: 'jumping-jack', count: 15, tolerance: 0 },
];
/** Not a label of its own: the squats label says "0 jumps and 0 jumping jacks". */
const EXTRA: readonly Golden[] = [{ file: 'negatives/squats-5fps.mp4', task: 'jumping-jack', count: 0, tolerance: 0 }];

function countOn(g: Golden): { count: number; flags: readonly string[] } {
  const task = findTask(g.task);
  if (task === undefined) throw new Error(`${g.task} is not registered`);
  return analyzeFixture(task, g.file) as unknown as { count: number; flags: readonly string[] };
}

describe('jumping-jack on the committed Lightning fixture tracks', () => {
  for (const g of [...GOLDEN, ...EXTRA]) {
    it(`counts ${g.count}±${g.tolerance} ${g.task} reps in ${g.file}`, () => {
      const { count } = countOn(g);
      expect(Math.abs(count - g.count)).toBeLessThanOrEqual(g.tolerance);
    });
  }

  it('flags the legs as not visible in the clip that cuts to a close-up', () => {
    const { flags } = countOn(GOLDEN[2]!);
    expect(flags.some((f) => f.startsWith('legs not visible'))).toBe(true);
  });
});

describe.skipIf(!clipsAvailable())('golden table against ../shared/clips/labels.json', () => {
  it('matches every jumping-jack label', () => {
    const labelled = readLabels().filter((c) => c.task === 'jumping-jack')
      .map((c) => ({ file: c.file, task: c.task, count: c.expect.count, tolerance: c.expect.tolerance }));
    expect(labelled).toEqual(GOLDEN);
  });
});
