// Every task declares its charted numbers; they read real engine results, survive anything a stored JSON may hold,
// and re-scoring an uncorrected result gives back the engine's own item score.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFixture } from '../../../tests/helpers/fixtures.ts';
import { findTask, TASK_IDS, type TaskDefinition, type TaskId, type TaskResultBase, type TwoFootJumpResult } from '../index.ts';
import { CHARTED } from './charted.ts';

const FIXTURES: readonly [TaskId, string][] = [
  ['two-foot-jump', 'two-foot-jumps/rope-side-view.mp4'],
  ['jumping-jack', 'jumping-jacks/jj-white-wall.mp4'],
  ['single-leg-stance', 'balance/tree-pose-studio-long.mp4'],
  ['crawl', 'crawling/baby-reciprocal-front.mp4'],
];

describe('charted metrics per task', () => {
  it('has an entry for every task id, with units, labels and a series for each metric', () => {
    for (const id of TASK_IDS) {
      const charted = CHARTED[id];
      expect(charted.task).toBe(id);
      for (const m of charted.metrics) {
        expect(m.label.length).toBeGreaterThan(3);
        expect(m.series.length).toBeGreaterThan(0);
        expect(m.reference !== undefined || (m.noReference ?? '').length > 0).toBe(true);
      }
    }
  });

  it.each(FIXTURES)('%s: reads its headline number from a real result of the engine', (id, clip) => {
    const result = analyzeFixture<TaskResultBase>(findTask(id)!, clip);
    const values = CHARTED[id].metrics[0]!.extract(result);
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(Number.isFinite(v.value)).toBe(true);
  });

  it.each(FIXTURES.filter(([id]) => CHARTED[id].rescore))('%s: re-scoring an uncorrected result gives the engine\'s item score', (id, clip) => {
    const result = analyzeFixture<TaskResultBase>(findTask(id)!, clip) as TaskResultBase & { itemScore?: unknown };
    expect(CHARTED[id].rescore!(result)).toEqual(result.itemScore);
  });

  it('re-scores a corrected criterion: one mark turned from 1 to 0 lowers the score by one', () => {
    const result = analyzeFixture(findTask('two-foot-jump') as TaskDefinition<TwoFootJumpResult>, 'two-foot-jumps/rope-side-view.mp4');
    const first = result.reps[0]!;
    const metIndex = first.criteria.findIndex((c) => c.score === 1);
    expect(metIndex).toBeGreaterThanOrEqual(0);
    const criteria = first.criteria.map((c, i) => (i === metIndex ? { ...c, score: 0 as const } : c));
    const corrected = { ...result, reps: [{ ...first, criteria }, ...result.reps.slice(1)] };
    expect(CHARTED['two-foot-jump'].rescore!(corrected)!.score).toBe(result.itemScore.score - 1);
  });

  it('never throws on whatever a stored result may hold, and returns only finite numbers', () => {
    fc.assert(fc.property(fc.anything(), (stored) => {
      for (const id of TASK_IDS) {
        for (const m of CHARTED[id].metrics) for (const v of m.extract(stored)) expect(Number.isFinite(v.value)).toBe(true);
        CHARTED[id].rescore?.(stored);
      }
    }));
  });
});
