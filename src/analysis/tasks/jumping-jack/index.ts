// The jumping-jack task definition: config merged with the defaults and validated once.
import type { ItemListsOf, TaskDefinition } from '../types.ts';
import { jumpingJackHeadline, jumpingJackReport } from './report.ts';
import { judgeRepCount } from '../../report/judges.ts';
import { mergeConfig } from '../config.ts';
import { DEFAULT_JUMPING_JACK_CONFIG, type JumpingJackConfig } from './constants.ts';
import { JumpingJackAnalyzer } from './detector.ts';
import type { JumpingJackResult } from './result.ts';

export type { JumpingJackResult } from './result.ts';
export type { JumpingJackRep } from './grader.ts';

export const JUMPING_JACK: TaskDefinition<JumpingJackResult> = {
  id: 'jumping-jack',
  title: 'Jumping jacks',
  create(source, options) {
    const config = mergeConfig<JumpingJackConfig>(DEFAULT_JUMPING_JACK_CONFIG, options?.config, 'jumping-jack');
    if (!(config.arms.exit < config.arms.enter)) throw new RangeError('jumping-jack config.arms.exit should be below arms.enter');
    return new JumpingJackAnalyzer(source, config);
  },
  headline: jumpingJackHeadline,
  items: { rep: 'reps' } satisfies ItemListsOf<JumpingJackResult>,
  report: jumpingJackReport,
  judge: judgeRepCount,
};
