// A charted metric as a Chart.js configuration (pure: data in, options out, so it is testable without a canvas).
// Series are told apart by colour (Okabe-Ito, colour-blind safe) and by point shape; a corrected session has a thick
// dark outline; an uncertain value is hollow; the trend is a dashed line per series; the age reference a dotted line.
import { lineAt, valueText, type ChartPoint, type MetricChart } from '../../analysis/index.ts';
import type { ChartConfiguration, PointStyle, ScriptableContext, TooltipItem } from 'chart.js';

/** Okabe & Ito (2008) colour-blind safe palette, darkest first after black. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;
export const SERIES_SHAPES: readonly PointStyle[] = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'];
/** Tick labels Chart.js measures to fit an axis (month names and short numbers are of like width), not all of them. */
const TICK_SAMPLE = 6;
const REFERENCE_COLOUR = '#555555';
const CORRECTED_OUTLINE = '#111111';

export interface RawPoint {
  readonly x: number;
  readonly y: number;
  readonly point: ChartPoint;
}

const tooltipLines = (chart: MetricChart, p: ChartPoint, seriesLabel: string): string[] => {
  const value = valueText(chart.metric, p.value, p.text);
  const engine = p.engineValue === undefined ? '' : ` (engine ${valueText(chart.metric, p.engineValue, p.engineText)})`;
  return [
    `${seriesLabel}: ${value}${engine}`,
    `Model: ${p.model}`,
    p.corrected ? 'Corrected by the therapist' : 'Not corrected',
    ...(p.uncertain ? ['The engine was unsure of this value'] : []),
  ];
};

export interface ChartOptions {
  readonly dayText: (day: string) => string;
}

type Datasets = ChartConfiguration<'line', RawPoint[]>['data']['datasets'];
type At = (ctx: ScriptableContext<'line'>) => ChartPoint | undefined;

/**
 * The points' fill and outline. Plain values when no point is hollow or corrected (most datasets): Chart.js then
 * resolves the options once and shares them across every point; a function costs a resolution per point and draw.
 */
function pointLooks(points: readonly ChartPoint[], colour: string, at: At) {
  const uncertain = points.some((p) => p.uncertain);
  const corrected = points.some((p) => p.corrected);
  return {
    backgroundColor: uncertain ? (ctx: ScriptableContext<'line'>) => (at(ctx)?.uncertain ? '#ffffff' : colour) : colour,
    pointBorderColor: corrected ? (ctx: ScriptableContext<'line'>) => (at(ctx)?.corrected ? CORRECTED_OUTLINE : colour) : colour,
    pointBorderWidth: corrected ? (ctx: ScriptableContext<'line'>) => (at(ctx)?.corrected ? 3 : 1.5) : 1.5,
  };
}

/** One dataset per series (shape and colour by position), each followed by its dashed trend line when there is one. */
function seriesDatasets(chart: MetricChart): Datasets {
  const { metric } = chart;
  const datasets: Datasets = [];
  metric.series.forEach((s, i) => {
    const points = chart.points.filter((p) => p.series === s.id);
    if (points.length === 0) return;
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    const at: At = (ctx) => (ctx.raw as RawPoint | undefined)?.point;
    datasets.push({
      label: s.label, data: points.map((p) => ({ x: p.tMs, y: p.value, point: p })), borderColor: colour,
      pointStyle: SERIES_SHAPES[i % SERIES_SHAPES.length], pointRadius: 5, pointHoverRadius: 7,
      showLine: !metric.categories && points.length > 1, borderWidth: 1.5,
      ...pointLooks(points, colour, at),
    });
    const trend = chart.summaries.find((sum) => sum.series === s.id)?.trend;
    if (trend && 'line' in trend) {
      const ends = [points[0]!.tMs, points[points.length - 1]!.tMs];
      datasets.push({
        label: `Trend, ${s.label.toLowerCase()}`, data: ends.map((t) => ({ x: t, y: lineAt(trend.line, t), point: points[0]! })),
        borderColor: colour, borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0, pointHoverRadius: 0, showLine: true,
      });
    }
  });
  return datasets;
}

function referenceDataset(chart: MetricChart): Datasets {
  if (chart.reference.length === 0) return [];
  return [{
    label: `${chart.referenceLabel ?? 'Reference'}: reference, not a diagnosis`,
    data: chart.reference.map((r) => ({ x: r.tMs, y: r.value, point: chart.points[0]! })),
    borderColor: REFERENCE_COLOUR, borderDash: [2, 3], borderWidth: 2, pointRadius: 0, pointHoverRadius: 0, stepped: 'before', showLine: true,
  }];
}

export function chartConfig(chart: MetricChart, options: ChartOptions): ChartConfiguration<'line', RawPoint[]> {
  const { metric } = chart;
  const seriesOf = (item: TooltipItem<'line'>) => metric.series.find((s) => s.label === item.dataset.label);
  const categories = metric.categories;
  return {
    type: 'line',
    data: { datasets: [...seriesDatasets(chart), ...referenceDataset(chart)] },
    options: {
      // Speed (Chart.js "Performance"): no animation, data given parsed and sorted, lines drawn without gap checks.
      animation: false, responsive: true, maintainAspectRatio: false, parsing: false, normalized: true, spanGaps: true,
      interaction: { mode: 'nearest', intersect: true },
      scales: {
        // A fixed label rotation spares Chart.js fitting it by measuring every label at every angle.
        x: { type: 'time', time: { unit: 'month', tooltipFormat: 'PP' }, title: { display: true, text: 'Date' }, ticks: { minRotation: 0, maxRotation: 0, sampleSize: TICK_SAMPLE } },
        y: categories
          ? { type: 'linear', min: -0.5, max: categories.length - 0.5, ticks: { stepSize: 1, callback: (v) => categories[Number(v)] ?? '' } }
          : { type: 'linear', title: { display: metric.unit !== '', text: metric.unit }, ticks: { sampleSize: TICK_SAMPLE } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          filter: (item) => seriesOf(item) !== undefined,
          callbacks: {
            title: (items) => {
              const p = (items[0]?.raw as RawPoint | undefined)?.point;
              return p ? options.dayText(p.day) : '';
            },
            label: (item) => tooltipLines(chart, (item.raw as RawPoint).point, seriesOf(item)?.label ?? ''),
          },
        },
      },
    },
  };
}
