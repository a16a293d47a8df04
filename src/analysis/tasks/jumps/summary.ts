// Set summaries shared by the jumps family: best / mean / consistency of a metric, and a TGMD-3 style item score
// (each criterion 0/1 per trial, summed over the first two trials; CLINICAL.md "How clinicians test").
import type { CriterionMark, ItemScore, MetricSummary } from './types.ts';

/** Best (largest unless lowerIsBetter), mean and CV of the defined values; undefined when there are none. */
export function metricSummary(values: readonly (number | undefined)[], lowerIsBetter = false): MetricSummary | undefined {
  const xs = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (xs.length === 0) return undefined;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return { best: lowerIsBetter ? Math.min(...xs) : Math.max(...xs), mean, cv: mean !== 0 ? sd / Math.abs(mean) : 0 };
}

/** Sums the criteria of the first `trials` reps; a criterion not scorable in any of them leaves the maximum. */
export function itemScoreOf(reps: readonly { readonly criteria: readonly CriterionMark[] }[], protocol: string, trials = 2): ItemScore {
  const scored = reps.slice(0, trials);
  let score = 0;
  let max = 0;
  const notScorable = new Set<string>();
  for (const rep of scored) {
    for (const c of rep.criteria) {
      if (c.score === null) { notScorable.add(`${c.id}: ${c.evidence}`); continue; }
      score += c.score;
      max += 1;
    }
  }
  if (scored.length < trials) notScorable.add(`only ${scored.length} of ${trials} trials completed`);
  return { protocol, score, max, trials, notScorable: [...notScorable] };
}

/** The manual's maximum of a TGMD-3 item: one point per criterion per trial, over the trials scored. */
export const manualMaxOf = (trials: readonly { readonly criteria: readonly unknown[] }[], scored: number): number =>
  (trials[0]?.criteria.length ?? 0) * scored;

export const round = (v: number, digits = 3): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};
