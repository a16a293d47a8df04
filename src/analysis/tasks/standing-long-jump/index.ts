// The standing-long-jump task definition: config merged with the defaults and validated once.
import type { TaskDefinition } from '../types.ts';
import { mergeConfig } from '../config.ts';
import { DEFAULT_STANDING_LONG_JUMP_CONFIG, type StandingLongJumpConfig } from './constants.ts';
import { StandingLongJumpAnalyzer } from './detector.ts';
import type { StandingLongJumpResult } from './result.ts';

export type { StandingLongJumpResult, LongJumpRep } from './result.ts';

export const STANDING_LONG_JUMP: TaskDefinition<StandingLongJumpResult> = {
  id: 'standing-long-jump',
  family: 'jumps',
  title: 'Standing long jump',
  create(source, options) {
    const config = mergeConfig<StandingLongJumpConfig>(DEFAULT_STANDING_LONG_JUMP_CONFIG, options?.config, 'standing-long-jump');
    return new StandingLongJumpAnalyzer(source, config);
  },
};
