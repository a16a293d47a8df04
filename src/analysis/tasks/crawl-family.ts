// The crawl task family's definitions, listed in the registry.
import { CRAWL_TASK } from './crawl/detector.ts';
import type { TaskDefinition } from './types.ts';

export const CRAWL_TASKS: readonly TaskDefinition[] = [CRAWL_TASK];
