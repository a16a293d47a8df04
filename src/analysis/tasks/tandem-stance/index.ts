// The tandem stance task definition (listed in BALANCE_TASKS).
import type { TaskDefinition } from '../types.ts';
import { createTandemStanceAnalyzer } from './detector.ts';
import type { TandemStanceResult } from './types.ts';

export const TANDEM_STANCE_TASK: TaskDefinition<TandemStanceResult> = {
  id: 'tandem-stance',
  family: 'balance',
  title: 'Tandem stance',
  create: createTandemStanceAnalyzer,
};
