// Compares one task result with a clip's hand-made label from ../shared/clips/labels.json: each task's definition in
// the engine's task table says how it is judged (count, cycles + pattern, holds, stance).
import { judgeResult, type EvalLabel, type TaskResult, type Verdict } from '../analysis/index.ts';

export type { Verdict } from '../analysis/index.ts';

export const judge = (expect: EvalLabel, result: TaskResult): Verdict => judgeResult(expect, result);
