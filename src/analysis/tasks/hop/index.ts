// The hop task definition: config merged with the defaults and validated once.
import type { ItemListsOf, TaskDefinition } from '../types.ts';
import { hopHeadline, hopReport } from './report.ts';
import { judgeRepCount } from '../../report/judges.ts';
import { mergeConfig } from '../config.ts';
import { DEFAULT_HOP_CONFIG, type HopConfig } from './constants.ts';
import { HopAnalyzer } from './detector.ts';
import type { HopResult } from './result.ts';

export type { HopResult, HopRep, HopRun } from './result.ts';

export const HOP: TaskDefinition<HopResult> = {
  id: 'hop',
  title: 'Hops on one foot',
  create(source, options) {
    return new HopAnalyzer(source, mergeConfig<HopConfig>(DEFAULT_HOP_CONFIG, options?.config, 'hop'));
  },
  headline: hopHeadline,
  items: { rep: 'reps' } satisfies ItemListsOf<HopResult>,
  report: hopReport,
  judge: judgeRepCount,
};
