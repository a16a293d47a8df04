// The jumps task family's definitions, listed in the registry.
import type { TaskDefinition } from './types.ts';
import { HOP } from './hop/index.ts';
import { JUMPING_JACK } from './jumping-jack/index.ts';
import { STANDING_LONG_JUMP } from './standing-long-jump/index.ts';
import { TWO_FOOT_JUMP } from './two-foot-jump/index.ts';

export const JUMPS_TASKS: readonly TaskDefinition[] = [TWO_FOOT_JUMP, JUMPING_JACK, HOP, STANDING_LONG_JUMP];
