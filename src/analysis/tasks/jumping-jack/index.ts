// The jumping-jack task definition (listed in TASK_TABLE).
import { JUMPING_JACK_CHARTED } from './charted.ts';
import { jumpTask } from '../jumps/definition.ts';
import { DEFAULT_JUMPING_JACK_CONFIG, JUMPING_JACK_CONFIG_RANGES } from './constants.ts';
import { JumpingJackAnalyzer } from './detector.ts';
import { jumpingJackHeadline, jumpingJackReport } from './report.ts';

export type { JumpingJackResult } from './result.ts';
export type { JumpingJackRep } from './grader.ts';

export const JUMPING_JACK = jumpTask({
  id: 'jumping-jack', title: 'Jumping jacks', defaults: DEFAULT_JUMPING_JACK_CONFIG, ranges: JUMPING_JACK_CONFIG_RANGES,
  check: (config) => {
    if (!(config.arms.exit < config.arms.enter)) throw new RangeError('jumping-jack config.arms.exit should be below arms.enter');
  },
  analyzer: (source, config) => new JumpingJackAnalyzer(source, config), charted: JUMPING_JACK_CHARTED, headline: jumpingJackHeadline, report: jumpingJackReport,
  // Each jack's wrist reach against the arms-up threshold that opened it, the run's own (a rep carries it).
  margins: (result) => result.reps.flatMap((r) => (r.armsUpMargin === undefined ? [] : [r.armsUpMargin])),
});
