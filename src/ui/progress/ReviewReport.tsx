// The review report: one printable page for a child and a date range. Header (nickname, age at the review, dates,
// therapist and clinic), a summary table per task, the charts drawn at print resolution, every session with its
// numbers, item score (corrected beside the engine's), corrections and note, and the report's summary note.
import { useEffect, useState } from 'preact/hooks';
import { ageMonthsOn, ageText, valueText, type MetricChart, type SeriesSummary } from '../../analysis/index.ts';
import { itemScoreText, type ChildRow, type OverrideRow, type ReportNote } from '../../records/index.ts';
import { TaskSection } from './ProgressView.tsx';
import { dateText, localDay } from './range.ts';
import { sessionNumbers, type TaskCharts } from './task-charts.ts';
import type { ProgressActions } from './types.ts';

/** Device pixels per CSS pixel for printed report charts: 3 keeps lines sharp at print resolution (about 300 dpi on A4). */
const PRINT_PIXEL_RATIO = 3;

const TREND_WORDS: Readonly<Record<string, string>> = { 'too-few': 'too few sessions', 'category': '–', 'no-error': 'not judged' };

/** "rep 1, arms swing: 0 → 1 (seen on video)": a correction in words. */
function correctionText(o: OverrideRow): string {
  const what = o.field.replace(/^(.*\.)?criteria\./, '').replace(/\.score$/, '').replace(/[-.]/g, ' ');
  const value = (v: unknown) => (v === null ? 'not scorable'
    : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));
  return `${o.target === 'session' ? 'set' : `${o.target} ${o.index + 1}`}, ${what}: ${value(o.oldValue)} → ${value(o.newValue)} (${o.reason})`;
}

function changeText(chart: MetricChart, s: SeriesSummary): string {
  if (chart.metric.categories) return s.first.value === s.latest.value ? 'same' : `${valueText(chart.metric, s.first.value, s.first.text)} → ${valueText(chart.metric, s.latest.value, s.latest.text)}`;
  const d = s.latest.value - s.first.value;
  return `${d >= 0 ? '+' : ''}${d.toFixed(chart.metric.decimals)} ${chart.metric.unit}`.trim();
}

function SummaryTable({ t }: { t: TaskCharts }) {
  const rows = t.charts.flatMap((c) => c.summaries.map((s) => ({ c, s })));
  if (rows.length === 0) return null;
  const v = (c: MetricChart, p: SeriesSummary['first']) => `${valueText(c.metric, p.value, p.text)}${p.corrected && p.engineValue !== undefined ? ' ✎' : ''}`;
  return (
    <table class="report-summary">
      <caption>{t.title}: summary</caption>
      <thead><tr><th scope="col">Number</th><th scope="col">First</th><th scope="col">Latest</th><th scope="col">Best</th><th scope="col">Change</th><th scope="col">Sessions</th><th scope="col">Trend</th></tr></thead>
      <tbody>
        {rows.map(({ c, s }) => (
          <tr key={`${c.metric.id}/${s.series}`}>
            <th scope="row">{c.metric.label}{c.metric.series.length > 1 ? `, ${s.label.toLowerCase()}` : ''}</th>
            <td>{v(c, s.first)}<br /><span class="muted">{dateText(s.first.day)}</span></td>
            <td>{v(c, s.latest)}<br /><span class="muted">{dateText(s.latest.day)}</span></td>
            <td>{s.best ? v(c, s.best) : '–'}</td>
            <td>{changeText(c, s)}</td>
            <td>{s.sessions}</td>
            <td>{TREND_WORDS[s.trend.kind] ?? (s.trend.kind === 'judged' ? s.trend.word : '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SessionList({ tasks }: { tasks: readonly TaskCharts[] }) {
  const rows = tasks.flatMap((t) => t.sessions.map((p) => ({ t, p }))).sort((a, b) => a.p.session.startedAtMs - b.p.session.startedAtMs);
  return (
    <table class="report-sessions" data-testid="report-sessions">
      <caption>Every session in these dates</caption>
      <thead><tr><th scope="col">Date</th><th scope="col">Task</th><th scope="col">Numbers</th><th scope="col">Item score</th><th scope="col">Corrections and note</th></tr></thead>
      <tbody>
        {rows.map(({ t, p }) => (
          <tr key={p.session.id} data-testid="report-session">
            <td>{dateText(localDay(p.session.startedAtMs))}</td>
            <td>{t.title}</td>
            <td>{sessionNumbers(p)}</td>
            <td>{p.itemScore ? itemScoreText(p.itemScore) : '–'}</td>
            <td>
              {p.overrides.map((o) => <div key={o.id}>✎ {correctionText(o)}</div>)}
              {p.session.note && <div>Note: {p.session.note}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function useReportWords({ child, days, actions }: { child: ChildRow; days: { from: string; to: string }; actions: ProgressActions }) {
  const [note, setNote] = useState<ReportNote>({ summaryNote: '', therapist: '', clinic: '' });
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    actions.loadReportNote(child.id, days.from, days.to).then((n) => n && setNote(n), () => undefined);
  }, [actions, child.id, days.from, days.to]);
  const save = async () => setMessage((await actions.saveReportNote(child.id, days.from, days.to, note)) ?? 'The report note is saved with the records.');
  return { note, setNote, message, save };
}

export function ReviewReport({ child, tasks, days, nowMs, actions }: {
  child: ChildRow; tasks: readonly TaskCharts[]; days: { from: string; to: string }; nowMs: number; actions: ProgressActions;
}) {
  const words = useReportWords({ child, days, actions });
  const age = ageMonthsOn(child.birthDate, days.to);
  const field = (key: keyof ReportNote, label: string) => (
    <label class="report-field">{label}
      <input class="no-print" value={words.note[key]} onInput={(e) => words.setNote({ ...words.note, [key]: e.currentTarget.value })} />
      <span class="print-only">{words.note[key] || '–'}</span>
    </label>
  );
  return (
    <article class="review-report" data-testid="review-report">
      <header class="report-header">
        <h2>Review of {child.nickname}</h2>
        <dl>
          <div><dt>Age at the review</dt><dd>{age === undefined ? 'birth date not given' : ageText(age)}</dd></div>
          <div><dt>Dates</dt><dd>{dateText(days.from)} – {dateText(days.to)}</dd></div>
          <div><dt>Printed</dt><dd>{dateText(localDay(nowMs))}</dd></div>
        </dl>
        <div class="report-names">{field('therapist', 'Therapist')}{field('clinic', 'Clinic')}</div>
      </header>
      {tasks.length === 0 && <p>No session in these dates.</p>}
      {tasks.map((t) => (
        <section key={t.task} class="report-task" data-testid="report-task" data-task={t.task}>
          <h3>{t.title} <span class="muted">({t.sessions.length} {t.sessions.length === 1 ? 'session' : 'sessions'})</span></h3>
          <SummaryTable t={t} />
          <TaskSection t={t} printPixelRatio={PRINT_PIXEL_RATIO} testId="report-charts" showNumbers={false} heading={false} />
        </section>
      ))}
      <section class="report-list"><SessionList tasks={tasks} /></section>
      <section class="report-note">
        <h3>Summary note</h3>
        <textarea class="no-print" rows={4} maxLength={2000} aria-label="Summary note" value={words.note.summaryNote}
          onInput={(e) => words.setNote({ ...words.note, summaryNote: e.currentTarget.value })} />
        <p class="print-only">{words.note.summaryNote || 'No summary note.'}</p>
        <button type="button" class="no-print" onClick={() => void words.save()}>Save the note and names</button>
        {words.message && <p class="no-print" role="status">{words.message}</p>}
      </section>
      <p class="reference">Measured by Springboard from video. Reference lines are a reference, not a diagnosis; ✎ marks a therapist's correction.</p>
    </article>
  );
}
