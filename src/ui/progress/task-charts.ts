// Builds the chart data of every task a child has done in a range, from the records' progress sessions and each
// task's declared charted metrics (CHARTED): no task is named here.
import { findTask, metricCharts, personalBests, valueText, type MetricChart, type TaskDefinition } from '../../analysis/index.ts';
import type { ProgressSession } from '../../records/index.ts';
import { inDays, localDay } from './range.ts';

export interface TaskCharts {
  readonly task: string;
  readonly title: string;
  /** Sessions of this task in the range (with or without a number to chart). */
  readonly sessions: readonly ProgressSession[];
  readonly charts: readonly MetricChart[];
  readonly bests: ReturnType<typeof personalBests>;
}

/** Tasks in the order of the task list, each with its sessions in the range; tasks without a session are left out. */
export function taskChartsOf(all: readonly ProgressSession[], days: { from: string; to: string }, birthDate: string,
  tasks: readonly TaskDefinition[]): TaskCharts[] {
  const inRange = all.filter((p) => inDays(p.session.startedAtMs, days));
  return tasks.flatMap((t) => {
    const sessions = inRange.filter((p) => p.session.task === t.id);
    if (sessions.length === 0) return [];
    const charted = t.charted;
    const forChart = sessions.filter((p) => p.engine !== null).map((p) => ({
      id: p.session.id, tMs: p.session.startedAtMs, day: localDay(p.session.startedAtMs), model: p.session.model,
      engine: p.engine, corrected: p.corrected ?? undefined,
    }));
    const charts = charted ? metricCharts(charted, forChart, birthDate) : [];
    return [{ task: t.id, title: t.title, sessions, charts, bests: personalBests(charts) }];
  });
}

/** A session's charted numbers in words ("Count per set (jumps): 10 jumps; ..."), corrected values first. */
export function sessionNumbers(p: ProgressSession): string {
  const result = p.corrected ?? p.engine;
  const charted = findTask(p.session.task)?.charted;
  if (!result || !charted) return 'Nothing was counted in this session.';
  const parts = charted.metrics.filter((m) => m.id !== 'item-score').flatMap((m) => {
    const values = m.extract(result);
    if (values.length === 0) return [];
    const text = values.map((v) => {
      const label = m.series.length > 1 ? `${m.series.find((s) => s.id === v.series)?.label.toLowerCase() ?? v.series} ` : '';
      return `${label}${valueText(m, v.value, v.text)}`;
    }).join(', ');
    return [`${m.label}: ${text}`];
  });
  return parts.length > 0 ? parts.join('; ') : 'Nothing was counted in this session.';
}
