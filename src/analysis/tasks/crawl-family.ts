// The crawl task family's definitions, listed in the registry.
import type { TaskDefinition } from './types.ts';

export const CRAWL_TASKS: readonly TaskDefinition[] = [];
