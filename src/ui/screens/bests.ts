// A child's personal bests for the child screen: per task, the finished session with the largest headline number
// (the most reps, the longest hold, the most crawl cycles: every task's headline grows with the performance).
import { headlineOf, isSummaryOf, isTaskId, type TaskDefinition } from '../../analysis/index.ts';
import type { SessionRow } from '../../records/index.ts';

export interface PersonalBest {
  readonly taskId: string;
  readonly title: string;
  /** The headline of the best session, e.g. "12 jumping jacks". */
  readonly text: string;
  readonly sessionId: string;
  readonly startedAtMs: number;
}

export function personalBests(sessions: readonly SessionRow[], tasks: readonly TaskDefinition[]): PersonalBest[] {
  const best = new Map<string, { value: number; best: PersonalBest }>();
  for (const s of sessions) {
    const { task, summary } = s;
    if (s.status !== 'complete' || !isTaskId(task) || !isSummaryOf(task, summary)) continue;
    const headline = headlineOf(task, summary);
    if (headline.value === null) continue;
    const seen = best.get(task);
    // Ties keep the earlier session: the day the best was first reached.
    if (seen && (seen.value > headline.value || (seen.value === headline.value && seen.best.startedAtMs <= s.startedAtMs))) continue;
    const title = tasks.find((t) => t.id === task)?.title ?? task;
    best.set(task, { value: headline.value, best: { taskId: task, title, text: headline.text, sessionId: s.id, startedAtMs: s.startedAtMs } });
  }
  const order = (id: string) => tasks.findIndex((t) => t.id === id);
  return [...best.values()].map((b) => b.best).sort((a, b) => order(a.taskId) - order(b.taskId));
}
