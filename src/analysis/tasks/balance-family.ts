// The balance task family's definitions, listed in the registry.
import type { TaskDefinition } from './types.ts';
import { SINGLE_LEG_STANCE_TASK } from './single-leg-stance/index.ts';
import { TANDEM_STANCE_TASK } from './tandem-stance/index.ts';

export const BALANCE_TASKS: readonly TaskDefinition[] = [SINGLE_LEG_STANCE_TASK, TANDEM_STANCE_TASK];
