// The tandem stance task definition (listed in TASK_TABLE).
import type { ItemListsOf, TaskDefinition } from '../types.ts';
import { judgeTandem, tandemHeadline, tandemReport } from './report.ts';
import { createTandemStanceAnalyzer } from './detector.ts';
import type { TandemStanceResult } from './types.ts';

export const TANDEM_STANCE_TASK: TaskDefinition<TandemStanceResult> = {
  id: 'tandem-stance',
  title: 'Tandem stance',
  create: createTandemStanceAnalyzer,
  headline: tandemHeadline,
  items: { hold: 'holds' } satisfies ItemListsOf<TandemStanceResult>,
  report: tandemReport,
  judge: judgeTandem,
};
