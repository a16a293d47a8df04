// The progress screen of one child: the range picker, then either the charts or the printable review report.
// It loads the child's sessions once when opened; changing the range only recomputes the charts.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { TaskDefinition } from '../../analysis/index.ts';
import type { ProgressSession } from '../../records/index.ts';
import { ProgressView } from './ProgressView.tsx';
import { RangePicker } from './RangePicker.tsx';
import { localDay, rangeDays, type DateRange } from './range.ts';
import { ReviewReport } from './ReviewReport.tsx';
import { taskChartsOf } from './task-charts.ts';
import type { ProgressActions, ProgressTarget } from './types.ts';
import './progress.css';

const EMPTY: readonly ProgressSession[] = [];
type Loaded = { readonly sessions: readonly ProgressSession[] } | { readonly failure: string } | null;

export function ProgressScreen({ target, tasks, actions, onClose, nowMs = Date.now() }: {
  target: ProgressTarget; tasks: readonly TaskDefinition[]; actions: ProgressActions; onClose: () => void; nowMs?: number;
}) {
  const { child } = target;
  const [view, setView] = useState(target.view);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [range, setRange] = useState<DateRange>({ choice: 'all', from: localDay(nowMs - 365 * 86_400_000), to: localDay(nowMs) });
  // A layout effect starts the query as soon as the screen is in the DOM, not a painted frame later.
  useLayoutEffect(() => {
    let live = true;
    actions.load(child.id).then((sessions) => { if (live) setLoaded({ sessions }); },
      (error: unknown) => { if (live) setLoaded({ failure: error instanceof Error ? error.message : String(error) }); });
    return () => { live = false; };
  }, [actions, child.id]);
  const sessions = loaded && 'sessions' in loaded ? loaded.sessions : EMPTY;
  const days = useMemo(() => rangeDays(range, nowMs, sessions.map((p) => p.session.startedAtMs)), [range, nowMs, sessions]);
  const taskCharts = useMemo(() => taskChartsOf(sessions, days, child.birthDate, tasks), [sessions, days, child.birthDate, tasks]);
  const back = <button type="button" class="secondary" onClick={onClose}>Back to {child.nickname}</button>;
  return (
    <section class="progress-screen" aria-labelledby="progress-title">
      <div class="progress-bar no-print">
        <h1 id="progress-title" tabIndex={-1}>{view === 'report' ? 'Review report' : 'Progress'} of {child.nickname}</h1>
        <RangePicker range={range} onChange={setRange} />
        <div class="controls">
          {view === 'progress'
            ? <button type="button" data-testid="open-report" onClick={() => setView('report')}>Review report</button>
            : <>
              <button type="button" onClick={() => print()}>Print or save as PDF</button>
              <button type="button" class="secondary" data-testid="report-to-progress" onClick={() => setView('progress')}>Charts</button>
            </>}
          {back}
        </div>
      </div>
      {loaded === null && <p role="status">Opening {child.nickname}'s sessions…</p>}
      {loaded && 'failure' in loaded && <p class="notice error" role="alert">{loaded.failure}</p>}
      {loaded && 'sessions' in loaded && (view === 'report'
        ? <ReviewReport child={child} tasks={taskCharts} days={days} nowMs={nowMs} actions={actions} />
        : <ProgressView child={child} tasks={taskCharts} total={sessions.length} />)}
    </section>
  );
}
