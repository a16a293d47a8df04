// The therapist's per-rep feedback during a set: the criteria marks of the newest rep, read off the same criteria
// grid the result screen shows (the task's report of the result so far), so the two never disagree.
import type { ResultReport } from '../../analysis/index.ts';
import type { LiveMark } from '../../ui/index.ts';

/** The last column of the report's criteria grid, one mark per criterion; [] when the task grades no criteria. */
export function lastItemMarks(report: ResultReport): readonly LiveMark[] {
  const grid = report.tables.find((t) => t.rows.some((row) => row.slice(1).some((cell) => cell.mark !== undefined)));
  if (!grid) return [];
  return grid.rows.flatMap((row) => {
    const cell = row.at(-1);
    return row.length > 1 && cell?.mark ? [{ label: row[0]?.text ?? '', mark: cell.mark }] : [];
  });
}
