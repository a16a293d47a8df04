// The protocol's summary numbers: the best and the sum of the scored trials, as the manual reports them.
import type { TrialOutcome } from './types.ts';

/** Best and sum of the scored trials' numbers; null when none had a number (practice never counts). */
export function bestAndSum(trials: readonly TrialOutcome[]): { readonly best: number; readonly sum: number } | null {
  const values = trials.flatMap((t) => (t.step.kind === 'scored' && t.value !== null ? [t.value] : []));
  if (values.length === 0) return null;
  return { best: Math.max(...values), sum: values.reduce((a, v) => a + v, 0) };
}
