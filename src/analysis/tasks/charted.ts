// Every task's charted metrics by id (each declared in its own folder's charted.ts). The progress view and the review
// report draw what is here; a new task adds its entry and brings its charts with it.
import { CRAWL_CHARTED } from './crawl/charted.ts';
import { HOP_CHARTED } from './hop/charted.ts';
import { JUMPING_JACK_CHARTED } from './jumping-jack/charted.ts';
import { SINGLE_LEG_STANCE_CHARTED } from './single-leg-stance/charted.ts';
import { STANDING_LONG_JUMP_CHARTED } from './standing-long-jump/charted.ts';
import { TANDEM_STANCE_CHARTED } from './tandem-stance/charted.ts';
import { TWO_FOOT_JUMP_CHARTED } from './two-foot-jump/charted.ts';
import type { TaskId } from './types.ts';
import type { ChartedTask } from '../progress/types.ts';

export const CHARTED: { readonly [T in TaskId]: ChartedTask } = {
  'two-foot-jump': TWO_FOOT_JUMP_CHARTED,
  'jumping-jack': JUMPING_JACK_CHARTED,
  'hop': HOP_CHARTED,
  'standing-long-jump': STANDING_LONG_JUMP_CHARTED,
  'single-leg-stance': SINGLE_LEG_STANCE_CHARTED,
  'tandem-stance': TANDEM_STANCE_CHARTED,
  'crawl': CRAWL_CHARTED,
};
