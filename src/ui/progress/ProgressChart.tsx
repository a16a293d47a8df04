// One metric's chart over time (Chart.js on a canvas) with its text alternative: a "Show the numbers" table that a
// screen reader reads instead of the picture, the trend in words, and the reference's source or why there is none.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { valueText, type MetricChart } from '../../analysis/index.ts';
import { Chart } from './chart-setup.ts';
import { chartConfig } from './chart-config.ts';
import { dateText } from './range.ts';

function NumbersTable({ chart }: { chart: MetricChart }) {
  const { metric } = chart;
  // The rows are built when the table is opened: two years of sessions are thousands of rows nobody asked for yet.
  const [open, setOpen] = useState(false);
  const seriesLabel = (id: string) => metric.series.find((s) => s.id === id)?.label ?? id;
  return (
    <details class="numbers" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the numbers</summary>
      {open && <table>
        <caption>{metric.label}, each session</caption>
        <thead><tr><th scope="col">Date</th>{metric.series.length > 1 && <th scope="col">Series</th>}<th scope="col">Value</th><th scope="col">Model</th><th scope="col">Corrected</th></tr></thead>
        <tbody>
          {chart.points.map((p) => (
            <tr key={`${p.sessionId}/${p.series}`}>
              <td>{dateText(p.day)}</td>
              {metric.series.length > 1 && <td>{seriesLabel(p.series)}</td>}
              <td>{valueText(metric, p.value, p.text)}{p.uncertain ? ' (unsure)' : ''}</td>
              <td>{p.model}</td>
              <td>{p.corrected ? (p.engineValue === undefined ? '✎ yes' : `✎ yes (engine ${valueText(metric, p.engineValue, p.engineText)})`) : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>}
    </details>
  );
}

export function ProgressChart({ task, chart, printPixelRatio, showNumbers = true }: {
  task: string; chart: MetricChart; printPixelRatio?: number; showNumbers?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Drawn in a layout effect: the charts are on the first frame that shows the page, not one frame after it.
  useLayoutEffect(() => {
    if (!canvas.current) return undefined;
    const drawn = new Chart(canvas.current, chartConfig(chart, { dayText: dateText }));
    // Chart.js has drawn synchronously (no animation): tests and benchmarks wait for this mark on every canvas.
    canvas.current.dataset['drawn'] = 'true';
    // On screen the chart is drawn at the screen's pixel ratio; printing changes the page width and wants more pixels:
    // redraw at the printed size and the print ratio so that the chart stays sharp and fits, then back afterwards.
    const redraw = (ratio: number | undefined) => () => {
      if (printPixelRatio) drawn.options.devicePixelRatio = ratio;
      drawn.resize();
    };
    const before = redraw(printPixelRatio);
    const after = redraw(undefined);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => { removeEventListener('beforeprint', before); removeEventListener('afterprint', after); drawn.destroy(); };
  }, [chart, printPixelRatio]);
  const { metric } = chart;
  const one = chart.sessions === 1;
  return (
    <figure class="progress-chart">
      <figcaption>{metric.label}{metric.unit ? ` (${metric.unit})` : ''}</figcaption>
      <div class="chart-box">
        <canvas ref={canvas} data-testid="progress-chart" data-task={task} data-metric={metric.id} data-points={chart.sessions}
          role="img" aria-label={`${metric.label}: chart of ${chart.sessions} sessions; the numbers are in the table below.`} />
      </div>
      <ul class="chart-notes">
        {one && <li>One session so far: a point, no line. Another session on a later day draws the line.</li>}
        {chart.summaries.map((s) => <li key={s.series}>{metric.series.length > 1 ? `${s.label}: ` : ''}{s.trend.sentence}</li>)}
        {chart.referenceSource && <li>Dotted line: {chart.referenceLabel}, reference, not a diagnosis. Source: {chart.referenceSource}.</li>}
        {chart.noReference && <li>{chart.noReference}</li>}
        {chart.points.some((p) => p.corrected) && <li>A point with a thick dark outline is a session a therapist corrected.</li>}
        {chart.points.some((p) => p.uncertain) && <li>A hollow point is a value the engine was unsure of.</li>}
      </ul>
      {showNumbers && <NumbersTable chart={chart} />}
    </figure>
  );
}
