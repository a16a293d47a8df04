// A child's progress: for every task done in the range, one chart per charted number, with trends said in words only
// when they exceed the measurement error, and a family box of personal bests and sets done (no clinical wording).
import type { ChildRow } from '../../records/index.ts';
import { ProgressChart } from './ProgressChart.tsx';
import { dateText } from './range.ts';
import type { TaskCharts } from './task-charts.ts';

function FamilyBox({ nickname, tasks }: { nickname: string; tasks: readonly TaskCharts[] }) {
  const bests = tasks.flatMap((t) => t.bests.map((b) => ({ ...b, title: t.title })));
  const sets = tasks.reduce((n, t) => n + t.sessions.length, 0);
  return (
    <section class="family-box" aria-labelledby="family-title" data-testid="family-box">
      <h2 id="family-title">{nickname}'s personal bests</h2>
      <p>{sets} {sets === 1 ? 'set' : 'sets'} done in these dates: {tasks.map((t) => `${t.sessions.length} × ${t.title.toLowerCase()}`).join(', ')}.</p>
      {bests.length > 0 && (
        <ul>{bests.map((b) => <li key={`${b.title}/${b.what}`}>{b.title}: {b.what}, {b.value} ({dateText(b.day)}) ★</li>)}</ul>
      )}
    </section>
  );
}

export function TaskSection({ t, printPixelRatio, testId, showNumbers = true, heading = true }: {
  t: TaskCharts; printPixelRatio?: number; testId: string; showNumbers?: boolean; heading?: boolean;
}) {
  return (
    <section class="task-progress" data-testid={testId} data-task={t.task} aria-label={t.title}>
      {heading && <h2>{t.title} <span class="muted">({t.sessions.length} {t.sessions.length === 1 ? 'session' : 'sessions'})</span></h2>}
      {t.charts.length === 0 && <p>No number to chart yet: these sessions saved nothing that was counted.</p>}
      <div class="chart-grid">
        {t.charts.map((c) => <ProgressChart key={c.metric.id} task={t.task} chart={c} showNumbers={showNumbers} {...(printPixelRatio ? { printPixelRatio } : {})} />)}
      </div>
    </section>
  );
}

export function ProgressView({ child, tasks, total }: { child: ChildRow; tasks: readonly TaskCharts[]; total: number }) {
  if (total === 0) {
    return <p class="notice info" data-testid="progress-empty">No sessions of {child.nickname} yet. Pick a task, then start the camera or open a video: each finished set becomes a point here.</p>;
  }
  if (tasks.length === 0) {
    return <p class="notice info" data-testid="progress-empty">No session in these dates. Pick a longer range, or “All”.</p>;
  }
  return (
    <div class="progress-view" data-testid="progress-view">
      <FamilyBox nickname={child.nickname} tasks={tasks} />
      {tasks.map((t) => <TaskSection key={t.task} t={t} testId="progress-task" />)}
    </div>
  );
}
