// What the jump tasks' definitions share: each counts reps (its item list is `reps`), is judged by eval on that count,
// and merges its user overrides into its DEFAULT_*_CONFIG once, when a run starts.
import { judgeRepCount } from '../../report/judges.ts';
import type { ChartedTask } from '../../progress/types.ts';
import type { DecisionMargin } from '../../signals/decision-margin.ts';
import type { ResultReport } from '../../report/parts.ts';
import type { SourceInfo } from '../../types.ts';
import { mergeConfig, type FieldRanges } from '../config.ts';
import type { Headline, ResultSummary, TaskAnalyzer, TaskDefinition } from '../types.ts';
import type { JumpSetResult } from './types.ts';

export interface JumpTaskSpec<R extends JumpSetResult<object>, C extends object> {
  readonly id: R['task'];
  readonly title: string;
  readonly defaults: C;
  /** Fields that are not plain magnitudes (a signed height), with their valid range; every other number is >= 0. */
  readonly ranges?: FieldRanges;
  /** Checks relations between fields after the merge (a programmer error throws a RangeError). */
  readonly check?: (config: C) => void;
  readonly analyzer: (source: SourceInfo, config: C) => TaskAnalyzer<R>;
  readonly headline: (summary: ResultSummary<R>) => Headline;
  readonly report: (result: R) => ResultReport;
  readonly charted: ChartedTask;
  readonly margins?: (result: R) => readonly DecisionMargin[];
}

export function jumpTask<R extends JumpSetResult<object>, C extends object>(spec: JumpTaskSpec<R, C>): TaskDefinition<R> {
  const { id, title, defaults, ranges, check, analyzer, headline, report, charted, margins } = spec;
  return {
    id, title, headline, report, charted, ...(margins ? { margins } : {}), items: { rep: 'reps' }, judge: judgeRepCount,
    create(source, options) {
      const config = mergeConfig<C>(defaults, options?.config, id, ranges);
      check?.(config);
      return analyzer(source, config);
    },
  };
}
