// What the balance stances' definitions share: each lists its holds as items (one stored row each).
import type { ResultReport } from '../../report/parts.ts';
import type { EvalLabel, Headline, ResultSummary, TaskDefinition, TaskResultBase, Verdict } from '../types.ts';

export interface BalanceTaskSpec<R extends TaskResultBase & { readonly holds: readonly object[] }> extends Pick<TaskDefinition<R>, 'id' | 'title' | 'create' | 'charted' | 'margins'> {
  readonly headline: (summary: ResultSummary<R>) => Headline;
  readonly report: (result: R) => ResultReport;
  readonly judge: (label: EvalLabel, result: R) => Verdict;
}

export const balanceTask = <R extends TaskResultBase & { readonly holds: readonly object[] }>(spec: BalanceTaskSpec<R>): TaskDefinition<R> =>
  ({ ...spec, items: { hold: 'holds' } });
