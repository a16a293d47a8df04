// The single-leg stance task definition (listed in TASK_TABLE).
import type { ItemListsOf, TaskDefinition } from '../types.ts';
import { judgeSingleLeg, singleLegHeadline, singleLegReport } from './report.ts';
import { createSingleLegStanceAnalyzer } from './detector.ts';
import type { SingleLegStanceResult } from './types.ts';

export const SINGLE_LEG_STANCE_TASK: TaskDefinition<SingleLegStanceResult> = {
  id: 'single-leg-stance',
  title: 'Single-leg stance',
  create: createSingleLegStanceAnalyzer,
  headline: singleLegHeadline,
  items: { hold: 'holds' } satisfies ItemListsOf<SingleLegStanceResult>,
  report: singleLegReport,
  judge: judgeSingleLeg,
};
