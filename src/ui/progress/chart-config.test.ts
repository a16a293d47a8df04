import { describe, expect, it } from 'vitest';
import { CHARTED, metricCharts, type SessionForChart } from '../../analysis/index.ts';
import { chartConfig, SERIES_SHAPES, type RawPoint } from './chart-config.ts';

const DAY = 86_400_000;
const session = (i: number, left: number, right: number, corrected = false): SessionForChart => {
  const engine = { task: 'single-leg-stance', longestHoldS: { left, right }, errorScore: null, holds: [] };
  return { id: `s${i}`, tMs: Date.UTC(2024, 0, 1) + i * 7 * DAY, day: `2024-01-0${i + 1}`, model: 'movenet-lightning', engine,
    corrected: corrected ? { ...engine, longestHoldS: { left: left + 1, right } } : undefined };
};

describe('a charted metric as a Chart.js configuration', () => {
  const [hold] = metricCharts(CHARTED['single-leg-stance'], [session(0, 3, 4), session(1, 4, 5), session(2, 6, 5, true)], '2019-01-01');
  const config = chartConfig(hold!, { dayText: (d) => d });
  const datasets = config.data.datasets;

  it('tells the legs apart by shape as well as colour, and draws a dashed trend and the dotted reference', () => {
    const legs = datasets.filter((d) => d.label?.startsWith('Standing'));
    expect(legs.map((d) => d.pointStyle)).toEqual([SERIES_SHAPES[0], SERIES_SHAPES[1]]);
    expect(new Set(legs.map((d) => d.borderColor)).size).toBe(2);
    expect(datasets.filter((d) => d.label?.startsWith('Trend'))).toHaveLength(2);
    expect(datasets.find((d) => d.label?.endsWith('reference, not a diagnosis'))?.stepped).toBe('before');
  });

  it('puts the corrected value on the chart and outlines that session\'s points', () => {
    const left = datasets.find((d) => d.label === 'Standing on the left leg')!;
    const last = left.data.at(-1) as RawPoint;
    expect([last.y, last.point.engineValue, last.point.corrected]).toEqual([7, 6, true]);
    const width = left.pointBorderWidth as (ctx: { raw: RawPoint }) => number;
    expect([width({ raw: left.data[0] as RawPoint }), width({ raw: last })]).toEqual([1.5, 3]);
  });

  it('gives a tooltip the date, the value with its unit, the model and the correction', () => {
    const left = datasets.find((d) => d.label === 'Standing on the left leg')!;
    const tooltip = config.options!.plugins!.tooltip!.callbacks!;
    const item = { raw: left.data.at(-1), dataset: left } as never;
    expect((tooltip.title as (items: unknown[]) => string)([item])).toBe('2024-01-03');
    expect((tooltip.label as (i: unknown) => string[])(item)).toEqual([
      'Standing on the left leg: 7.0 s (engine 6.0 s)', 'Model: movenet-lightning', 'Corrected by the therapist']);
  });
});
