// The only entry point other layers import from the analysis engine.
export * from './types.ts';
export * from './track.ts';
export * from './tasks/types.ts';
export { TASKS, findTask, isTaskSupported, analyzeFrames } from './tasks/registry.ts';
export * from './norms/index.ts';
