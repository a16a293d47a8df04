// The standing-long-jump task definition: config merged with the defaults and validated once.
import type { ItemListsOf, TaskDefinition } from '../types.ts';
import { longJumpHeadline, longJumpReport } from './report.ts';
import { judgeRepCount } from '../../report/judges.ts';
import { mergeConfig } from '../config.ts';
import { DEFAULT_STANDING_LONG_JUMP_CONFIG, type StandingLongJumpConfig } from './constants.ts';
import { StandingLongJumpAnalyzer } from './detector.ts';
import type { StandingLongJumpResult } from './result.ts';

export type { StandingLongJumpResult, LongJumpRep } from './result.ts';

export const STANDING_LONG_JUMP: TaskDefinition<StandingLongJumpResult> = {
  id: 'standing-long-jump',
  title: 'Standing long jump',
  create(source, options) {
    const config = mergeConfig<StandingLongJumpConfig>(DEFAULT_STANDING_LONG_JUMP_CONFIG, options?.config, 'standing-long-jump');
    return new StandingLongJumpAnalyzer(source, config);
  },
  headline: longJumpHeadline,
  items: { rep: 'reps' } satisfies ItemListsOf<StandingLongJumpResult>,
  report: longJumpReport,
  judge: judgeRepCount,
};
