import { describe, expect, it } from 'vitest';
import { TASK_TABLE } from '../../analysis/index.ts';
import { analyzeFixture } from '../../../tests/helpers/fixtures.ts';
import { lastItemMarks } from './marks.ts';

describe('lastItemMarks', () => {
  it('gives the newest rep\'s mark for every criterion of the result screen\'s grid', () => {
    const task = TASK_TABLE['jumping-jack'];
    const result = analyzeFixture(task, 'jumping-jacks/jj-white-wall.mp4');
    const report = task.report(result);
    const grid = report.tables.find((t) => t.rows.some((r) => r.slice(1).some((c) => c.mark)))!;
    const marks = lastItemMarks(report);
    expect(marks.map((m) => m.label)).toEqual(grid.rows.map((r) => r[0]!.text));
    expect(marks.map((m) => m.mark)).toEqual(grid.rows.map((r) => r.at(-1)!.mark));
    expect(marks.length).toBeGreaterThan(0);
  });

  it('is empty for a report without criteria', () => {
    expect(lastItemMarks({ lines: ['x'], tables: [{ caption: 'Holds', head: ['a'], rows: [[{ text: '1' }]], notes: [] }] })).toEqual([]);
  });
});
