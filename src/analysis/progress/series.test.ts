import { describe, expect, it } from 'vitest';
import { CHARTED } from '../tasks/charted.ts';
import { metricCharts, personalBests, type SessionForChart } from './series.ts';

const DAY = 86_400_000;
const day = (tMs: number) => new Date(tMs).toISOString().slice(0, 10);

function balanceSession(i: number, left: number, right: number | null, corrected?: unknown): SessionForChart {
  const tMs = Date.UTC(2024, 0, 1) + i * 7 * DAY;
  return { id: `s${i}`, tMs, day: day(tMs), model: 'movenet-lightning', corrected,
    engine: { task: 'single-leg-stance', longestHoldS: { left, right }, errorScore: null, holds: [] } };
}

describe('chart data of a task over time', () => {
  it('draws one point per leg and session, with the milestone for the child\'s age at each session', () => {
    const sessions = [0, 1, 2, 3].map((i) => balanceSession(i, 3 + i, i === 2 ? null : 4));
    const [hold] = metricCharts(CHARTED['single-leg-stance'], sessions, '2019-03-01');
    expect(hold!.metric.id).toBe('longest-hold');
    expect(hold!.sessions).toBe(4);
    expect(hold!.points.filter((p) => p.series === 'left')).toHaveLength(4);
    expect(hold!.points.filter((p) => p.series === 'right')).toHaveLength(3);
    // 58 months old in January 2024: the 54-month milestone, 6 s on each leg.
    expect(hold!.reference.map((r) => r.value)).toEqual([6, 6, 6, 6]);
    expect(hold!.referenceSource).toMatch(/PDMS-2/);
  });

  it('says why there is no band without a birth date, and leaves out metrics no session measured', () => {
    const charts = metricCharts(CHARTED['single-leg-stance'], [balanceSession(0, 3, 4)], '');
    expect(charts.map((c) => c.metric.id)).toEqual(['longest-hold']);
    expect(charts[0]!.noReference).toMatch(/add the birth date/);
  });

  it('shows the therapist\'s corrected value with the engine\'s beside it, and marks every point of that session', () => {
    const engine = { task: 'two-foot-jump', count: 5, itemScore: { score: 8, max: 8 } };
    const s: SessionForChart = { id: 'a', tMs: 0, day: '1970-01-01', model: 'movenet-thunder', engine,
      corrected: { ...engine, itemScore: { score: 7, max: 8 } } };
    const charts = metricCharts(CHARTED['two-foot-jump'], [s], '');
    const score = charts.find((c) => c.metric.id === 'item-score')!.points[0]!;
    expect([score.value, score.text, score.engineValue, score.engineText, score.corrected]).toEqual([87.5, '7 of 8', 100, '8 of 8', true]);
    const count = charts.find((c) => c.metric.id === 'count')!.points[0]!;
    expect([count.engineValue, count.corrected]).toEqual([undefined, true]);
  });

  it('gives the family its personal bests in plain words', () => {
    const sessions = [balanceSession(0, 3, 4), balanceSession(1, 9.5, 2)];
    expect(personalBests(metricCharts(CHARTED['single-leg-stance'], sessions, ''))).toEqual([
      { what: 'longest balance on one leg', value: '9.5 s', day: sessions[1]!.day },
    ]);
  });
});
