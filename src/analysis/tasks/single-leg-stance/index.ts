// The single-leg stance task definition (listed in BALANCE_TASKS).
import type { TaskDefinition } from '../types.ts';
import { createSingleLegStanceAnalyzer } from './detector.ts';
import type { SingleLegStanceResult } from './types.ts';

export const SINGLE_LEG_STANCE_TASK: TaskDefinition<SingleLegStanceResult> = {
  id: 'single-leg-stance',
  family: 'balance',
  title: 'Single-leg stance',
  create: createSingleLegStanceAnalyzer,
};
