// The standing-long-jump task definition (listed in TASK_TABLE).
import { STANDING_LONG_JUMP_CHARTED } from './charted.ts';
import { jumpTask } from '../jumps/definition.ts';
import { DEFAULT_STANDING_LONG_JUMP_CONFIG } from './constants.ts';
import { StandingLongJumpAnalyzer } from './detector.ts';
import { longJumpHeadline, longJumpReport } from './report.ts';

export type { StandingLongJumpResult, LongJumpRep } from './result.ts';

export const STANDING_LONG_JUMP = jumpTask({
  id: 'standing-long-jump', title: 'Standing long jump', defaults: DEFAULT_STANDING_LONG_JUMP_CONFIG,
  analyzer: (source, config) => new StandingLongJumpAnalyzer(source, config), charted: STANDING_LONG_JUMP_CHARTED, headline: longJumpHeadline, report: longJumpReport,
});
