// The only entry point other layers import from the analysis engine.
export * from './types.ts';
export * from './track.ts';
export * from './track-store.ts';
export * from './tasks/types.ts';
export * from './tasks/table.ts';
export * from './report/parts.ts';
export * from './norms/index.ts';

// Each task's result shape, for the UI, the records and the reports.
export type { TwoFootJumpResult, TwoFootJumpRep } from './tasks/two-foot-jump/index.ts';
export type { JumpingJackResult, JumpingJackRep } from './tasks/jumping-jack/index.ts';
export type { HopResult, HopRep, HopRun } from './tasks/hop/index.ts';
export type { StandingLongJumpResult, LongJumpRep } from './tasks/standing-long-jump/index.ts';
export type { SingleLegStanceResult, BalanceHold, BalanceError, HoldEndReason } from './tasks/single-leg-stance/types.ts';
export type { TandemStanceResult, TandemHold } from './tasks/tandem-stance/types.ts';
export type { CrawlResult, CrawlPattern, CrawlPosture, CrawlCycle } from './tasks/crawl/types.ts';

// Progress over time: what each task charts, trends judged against measurement error, ages for the reference bands.
export { CHARTED } from './tasks/charted.ts';
export * from './progress/index.ts';
export * from './setup/index.ts';
