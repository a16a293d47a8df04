// Adding a task is its definition plus one line in a task table: a throwaway task defined here, in one table with the
// engine's own, shows in eval, in the CSV export and on the result screen, with no other file touched.
import { describe, expect, it } from 'vitest';
import {
  TASK_TABLE, analyzeFrames, itemListsIn, judgeIn, resultModelIn, type ItemListsOf, type PoseFrame, type TaskDefinition,
  type TaskResultBase, type TaskResultMap, type TaskTableOf,
} from '../../src/analysis/index.ts';
import { addChild, exportCsv, loadItems, saveSplitSession, splitLists } from '../../src/records/index.ts';
import { openTestDb } from '../../src/records/test-db.ts';

/** Counts the frames in which a person was seen: each is one "sighting". */
interface SightingsResult extends TaskResultBase {
  readonly task: 'sightings';
  readonly count: number;
  readonly sightings: readonly { readonly index: number; readonly tMs: number }[];
}

const SIGHTINGS: TaskDefinition<SightingsResult> = {
  id: 'sightings',
  title: 'Sightings',
  create() {
    const sightings: { index: number; tMs: number }[] = [];
    const snapshot = (): SightingsResult => ({ task: 'sightings', flags: [], count: sightings.length, sightings: [...sightings] });
    return {
      push: (frame: PoseFrame) => {
        if (frame.keypoints === null) return [];
        sightings.push({ index: sightings.length + 1, tMs: frame.tMs });
        return [{ kind: 'rep', tMs: frame.tMs, message: `Seen ${sightings.length}` }];
      },
      progress: () => ({ count: sightings.length, unit: 'sightings', status: '' }),
      snapshot,
      finish: snapshot,
    };
  },
  headline: (s) => ({ value: s.count, text: `${s.count} sightings` }),
  items: { rep: 'sightings' } satisfies ItemListsOf<SightingsResult>,
  charted: { task: 'two-foot-jump', metrics: [] },
  report: (r) => ({ lines: [`Seen in ${r.count} frames.`], tables: [] }),
  judge: (label, r) => ({ expected: `count ${String(label.count)}`, got: `count ${r.count}`, pass: label.count === r.count }),
};

const TABLE: TaskTableOf<TaskResultMap & { sightings: SightingsResult }> = { ...TASK_TABLE, sightings: SIGHTINGS };

const FRAMES: PoseFrame[] = [0, 33, 66, 100].map((tMs, i) => ({ tMs, keypoints: i === 2 ? null : [[1, 2, 0.9]] }));
const result = analyzeFrames(TABLE.sightings, { width: 640, height: 480, fps: 30 }, FRAMES);

describe('a task added through the task table', () => {
  it('is judged by eval with its own judge', () => {
    expect(judgeIn(TABLE, 'sightings', { count: 3 }, result)).toEqual({ expected: 'count 3', got: 'count 3', pass: true });
    expect(judgeIn(TABLE, 'sightings', { count: 4 }, result).pass).toBe(false);
  });

  it('has a result screen with its headline and report', () => {
    expect(resultModelIn(TABLE, 'sightings', result)).toEqual({ headline: '3 sightings', lines: ['Seen in 3 frames.'], tables: [], flags: [] });
  });

  it('is saved with one item row per sighting and exported one CSV line each', async () => {
    const db = openTestDb();
    const { id } = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
    const session = await saveSplitSession(db, {
      childId: id, task: 'sightings', protocol: 'default', settings: {}, startedAtMs: 0, source: 'live', fileName: null,
      model: 'movenet-lightning', backend: 'cpu', engineVersion: 'test',
    }, splitLists(result, itemListsIn(TABLE, result)), null);
    expect(session.summary).toEqual({ task: 'sightings', flags: [], count: 3 });
    expect((await loadItems(db, session.id)).map((i) => [i.kind, i.data.tMs])).toEqual([['rep', 0], ['rep', 33], ['rep', 100]]);
    const lines = (await exportCsv(db)).items.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((line) => line.includes(',sightings,') && line.includes(',Rep,'))).toBe(true);
  });
});
