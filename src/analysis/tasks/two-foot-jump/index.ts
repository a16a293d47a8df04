// The two-foot-jump task definition: config merged with the defaults and validated once.
import type { ItemListsOf, TaskDefinition } from '../types.ts';
import { twoFootJumpHeadline, twoFootJumpReport } from './report.ts';
import { judgeRepCount } from '../../report/judges.ts';
import { DEFAULT_TWO_FOOT_JUMP_CONFIG, type TwoFootJumpConfig } from '../jumps/two-foot-constants.ts';
import { TwoFootJumpAnalyzer } from '../jumps/two-foot-analyzer.ts';
import type { TwoFootJumpResult } from '../jumps/two-foot-result.ts';
import { mergeConfig } from '../config.ts';

export type { TwoFootJumpResult } from '../jumps/two-foot-result.ts';
export type { TwoFootJumpRep } from '../jumps/two-foot-grader.ts';

export const TWO_FOOT_JUMP: TaskDefinition<TwoFootJumpResult> = {
  id: 'two-foot-jump',
  title: 'Two-foot jumps',
  create(source, options) {
    const config = mergeConfig<TwoFootJumpConfig>(DEFAULT_TWO_FOOT_JUMP_CONFIG, options?.config, 'two-foot-jump');
    return new TwoFootJumpAnalyzer(source, config);
  },
  headline: twoFootJumpHeadline,
  items: { rep: 'reps' } satisfies ItemListsOf<TwoFootJumpResult>,
  report: twoFootJumpReport,
  judge: judgeRepCount,
};
