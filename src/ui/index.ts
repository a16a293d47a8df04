// Entry of the UI layer for the composition root.
export { App } from './App.tsx';
export { UpdateBanner } from './UpdateBanner.tsx';
export { createHashRouter, hrefOf, parseRoute, type Route, type Router } from './router.ts';
export { drawSkeleton, DRAW_MIN_KEYPOINT_SCORE } from './skeleton.ts';
export type { LiveMark, Notice, PoseRunActions, PoseRunView, ShownFrame, SourceKind, TaskLive, TaskOutcome } from './types.ts';
export type { AppProps, Navigation, ScreenParts } from './App.tsx';
export type { NewChildForm, RecordsActions, RecordsView, TaskActions, TaskView } from './records-types.ts';
export type { Grading } from './ResultView.tsx';
export type { InterruptedActions, InterruptedView, ReviewActions, ReviewState, WatchedReview } from './review-types.ts';
export { mainNumberOf } from './screens/SessionList.tsx';
export type { Mode, ModeStore } from './types.ts';
export { LiveSet, type LiveSetProps } from './set/LiveSet.tsx';
export { bestAndSum } from './set/best.ts';
export type { LiveMode, LiveSetModel, PauseReason, SetActions, SetMode, SetOptions, SetPhase, SetView, TrialOutcome, TrialStep } from './set/types.ts';
