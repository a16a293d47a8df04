// Jumping jacks over time: jacks per set and the coordination marks (CTAPE-style elements, 0-2 each, as the share of
// the marks that could be scored).
import { countMetric, itemScoreMetric, listOf, trialsOf } from '../../progress/common-metrics.ts';
import type { ChartedTask } from '../../progress/types.ts';
import type { JumpingJackRep } from './grader.ts';
import { summariseJumpingJacks } from './result.ts';

export const JUMPING_JACK_CHARTED: ChartedTask = {
  task: 'jumping-jack',
  metrics: [
    countMetric('jacks', 'most jumping jacks in one set'),
    itemScoreMetric('Coordination marks (CTAPE-style elements, % of the marks scored)'),
  ],
  // The element marks are recomputed from the (corrected) per-jack criteria by the task's own summary.
  rescore: (r) => {
    const reps = listOf(r, 'reps');
    const trials = trialsOf(r, 'reps');
    // trialsOf kept only the reps whose criteria are a list of 0/1/null marks, which is all the summary reads of a jack.
    return trials.length === reps.length ? summariseJumpingJacks(trials as unknown as JumpingJackRep[], 0, 0, 0).itemScore : undefined;
  },
};
