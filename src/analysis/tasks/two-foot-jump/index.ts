// The two-foot-jump task definition (listed in TASK_TABLE): the jumps family's two-foot analyser, this task's screen.
import { TWO_FOOT_JUMP_CHARTED } from './charted.ts';
import { DEFAULT_TWO_FOOT_JUMP_CONFIG } from '../jumps/two-foot-constants.ts';
import { TwoFootJumpAnalyzer } from '../jumps/two-foot-analyzer.ts';
import { jumpTask } from '../jumps/definition.ts';
import { twoFootJumpHeadline, twoFootJumpReport } from './report.ts';

export type { TwoFootJumpResult } from '../jumps/two-foot-result.ts';
export type { TwoFootJumpRep } from '../jumps/two-foot-grader.ts';

export const TWO_FOOT_JUMP = jumpTask({
  id: 'two-foot-jump', title: 'Two-foot jumps', defaults: DEFAULT_TWO_FOOT_JUMP_CONFIG,
  analyzer: (source, config) => new TwoFootJumpAnalyzer(source, config), charted: TWO_FOOT_JUMP_CHARTED, headline: twoFootJumpHeadline, report: twoFootJumpReport,
  // Each counted jump's lower-ankle rise against the flight threshold it had to pass, and its knees' alternation
  // against the most they may take turns (where the knees were seen); the run's own thresholds (a rep carries them).
  margins: (result) => result.reps.flatMap((r) => (r.kneeMargin ? [r.riseMargin, r.kneeMargin] : [r.riseMargin])),
});
