// The crawl task definition: its analyser, headline, item list, result screen and eval judge (listed in TASK_TABLE).
import { CRAWL_CHARTED } from './charted.ts';
import type { ItemListsOf, TaskDefinition } from '../types.ts';
import { resolveCrawlConfig } from './constants.ts';
import { CrawlAnalyzer } from './detector.ts';
import { crawlHeadline, crawlReport, judgeCrawl } from './report.ts';
import type { CrawlResult } from './types.ts';

export const CRAWL_TASK: TaskDefinition<CrawlResult> = {
  id: 'crawl',
  title: 'Crawling',
  create: (source, options) => new CrawlAnalyzer(source, resolveCrawlConfig(options?.config)),
  charted: CRAWL_CHARTED,
  headline: crawlHeadline,
  items: { cycle: 'cycleList' } satisfies ItemListsOf<CrawlResult>,
  report: crawlReport,
  judge: judgeCrawl,
  // Source: CLINICAL.md, a crawl is best filmed from the side; a child on hands and knees folds its feet behind the
  // knees, where MoveNet rarely scores the ankles. Reason: head, shoulders and a knee in view show the child is in the
  // picture; asking for the feet would block a correctly placed camera.
  live: { setupParts: ['head', 'shoulders', 'knees'] },
};
