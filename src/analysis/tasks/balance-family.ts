// The balance task family's definitions, listed in the registry.
import type { TaskDefinition } from './types.ts';

export const BALANCE_TASKS: readonly TaskDefinition[] = [];
