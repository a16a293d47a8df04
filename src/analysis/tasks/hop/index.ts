// The hop task definition (listed in TASK_TABLE).
import { HOP_CHARTED } from './charted.ts';
import { jumpTask } from '../jumps/definition.ts';
import { DEFAULT_HOP_CONFIG } from './constants.ts';
import { HopAnalyzer } from './detector.ts';
import { hopHeadline, hopReport } from './report.ts';

export type { HopResult, HopRep, HopRun } from './result.ts';

export const HOP = jumpTask({
  id: 'hop', title: 'Hops on one foot', defaults: DEFAULT_HOP_CONFIG,
  analyzer: (source, config) => new HopAnalyzer(source, config), charted: HOP_CHARTED, headline: hopHeadline, report: hopReport,
});
