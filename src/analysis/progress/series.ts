// Turns a child's saved sessions of one task into chart data: per charted metric, the points (the therapist's
// corrected value where there is one, with the engine's beside it), a trend per series with its verdict, the age
// reference line, and the summary a review report tabulates (first, latest, best, change, sessions).
import { ageMonthsOn } from './age.ts';
import { errorFor, trendVerdict, type TrendVerdict } from './trend.ts';
import type { ChartedMetric, ChartedTask, MetricValue } from './types.ts';

/** One saved session as the charts need it. `day` is its local calendar day (YYYY-MM-DD), computed by the caller. */
export interface SessionForChart {
  readonly id: string;
  readonly tMs: number;
  readonly day: string;
  readonly model: string;
  /** The engine's result (summary with its items put back). */
  readonly engine: unknown;
  /** The result with the therapist's corrections applied; undefined when nothing was corrected. */
  readonly corrected: unknown;
}

export interface ChartPoint {
  readonly sessionId: string;
  readonly tMs: number;
  readonly day: string;
  readonly series: string;
  readonly value: number;
  readonly text: string | undefined;
  /** The engine's value when a correction changed it (undefined otherwise). */
  readonly engineValue: number | undefined;
  readonly engineText: string | undefined;
  /** The session has therapist corrections (the point is marked even when this value did not change). */
  readonly corrected: boolean;
  readonly uncertain: boolean;
  readonly model: string;
}

export interface ReferenceStep {
  readonly tMs: number;
  readonly value: number;
}

export interface SeriesSummary {
  readonly series: string;
  readonly label: string;
  readonly sessions: number;
  readonly first: ChartPoint;
  readonly latest: ChartPoint;
  readonly best: ChartPoint | undefined;
  readonly trend: TrendVerdict;
}

export interface MetricChart {
  readonly metric: ChartedMetric;
  readonly points: readonly ChartPoint[];
  /** Distinct sessions with a point on this chart. */
  readonly sessions: number;
  readonly summaries: readonly SeriesSummary[];
  /** The reference line at each session's age; empty where the source gives none (see `noReference`). */
  readonly reference: readonly ReferenceStep[];
  readonly referenceLabel: string | undefined;
  readonly referenceSource: string | undefined;
  readonly noReference: string | undefined;
}

function pointsOf(metric: ChartedMetric, s: SessionForChart): ChartPoint[] {
  const shown = s.corrected ?? s.engine;
  const engineValues = s.corrected === undefined ? [] : metric.extract(s.engine);
  return metric.extract(shown).map((v: MetricValue) => {
    const engine = engineValues.find((e) => e.series === v.series);
    const differs = engine !== undefined && engine.value !== v.value;
    return {
      sessionId: s.id, tMs: s.tMs, day: s.day, series: v.series, value: v.value, text: v.text,
      engineValue: differs ? engine.value : undefined, engineText: differs ? engine.text : undefined,
      corrected: s.corrected !== undefined, uncertain: v.uncertain === true, model: s.model,
    };
  });
}

const bestOf = (points: readonly ChartPoint[], higherIsBetter: boolean | null): ChartPoint | undefined => {
  if (higherIsBetter === null || points.length === 0) return undefined;
  return points.reduce((a, b) => ((higherIsBetter ? b.value > a.value : b.value < a.value) ? b : a));
};

function referenceOf(metric: ChartedMetric, sessions: readonly SessionForChart[], birthDate: string) {
  const steps: ReferenceStep[] = [];
  let label: string | undefined;
  let source: string | undefined;
  for (const s of metric.reference ? sessions : []) {
    const age = ageMonthsOn(birthDate, s.day);
    const ref = age === undefined ? undefined : metric.reference!(age);
    if (!ref) continue;
    steps.push({ tMs: s.tMs, value: ref.value });
    label = ref.label;
    source = ref.source;
  }
  const noReference = steps.length > 0 ? undefined
    : !metric.reference ? metric.noReference
      : birthDate === '' ? 'No age band: add the birth date to the profile to see the milestone for the age.'
        : 'No age band: the milestones start at 36 months.';
  return { steps, label, source, noReference };
}

/** The charts of one task over the given sessions (oldest first); metrics with no point at all are left out. */
export function metricCharts(task: ChartedTask, sessions: readonly SessionForChart[], birthDate: string): MetricChart[] {
  const sorted = [...sessions].sort((a, b) => a.tMs - b.tMs);
  const charts: MetricChart[] = [];
  for (const metric of task.metrics) {
    const points = sorted.flatMap((s) => pointsOf(metric, s));
    if (points.length === 0) continue;
    const summaries = metric.series.flatMap((def): SeriesSummary[] => {
      const mine = points.filter((p) => p.series === def.id);
      if (mine.length === 0) return [];
      const dayByTime = new Map(mine.map((p) => [p.tMs, p.day]));
      const error = errorFor(metric.change, mine, (tMs) => dayByTime.get(tMs)!);
      return [{
        series: def.id, label: def.label, sessions: mine.length, first: mine[0]!, latest: mine[mine.length - 1]!,
        best: bestOf(mine, metric.higherIsBetter),
        trend: trendVerdict(mine, metric.higherIsBetter, error, metric.unit, metric.decimals),
      }];
    });
    const ref = referenceOf(metric, sorted, birthDate);
    charts.push({
      metric, points, sessions: new Set(points.map((p) => p.sessionId)).size, summaries,
      reference: ref.steps, referenceLabel: ref.label, referenceSource: ref.source, noReference: ref.noReference,
    });
  }
  return charts;
}

/** "12.5 s", "9 of 10 (90 %)" or "reciprocal": a point as read aloud and in tables. */
export function valueText(metric: ChartedMetric, value: number, text: string | undefined): string {
  if (metric.categories) return text ?? metric.categories[Math.round(value)] ?? String(value);
  const n = `${value.toFixed(metric.decimals)}${metric.unit ? ` ${metric.unit}` : ''}`;
  return text ? `${text} (${n})` : n;
}

/** Family wording: the personal best of each metric that has one ("longest balance on one leg: 12.5 s"). */
export function personalBests(charts: readonly MetricChart[]): { readonly what: string; readonly value: string; readonly day: string }[] {
  return charts.flatMap((c) => {
    if (!c.metric.familyBest) return [];
    const best = bestOf(c.points, c.metric.higherIsBetter);
    return best ? [{ what: c.metric.familyBest, value: valueText(c.metric, best.value, best.text), day: best.day }] : [];
  });
}
