// The jumps task family's definitions, listed in the registry.
import type { TaskDefinition } from './types.ts';

export const JUMPS_TASKS: readonly TaskDefinition[] = [];
