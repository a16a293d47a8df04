// Turns an engine result into what the result screen shows: each task's headline and report come from its definition
// in the engine's task table (a headline, summary lines, a metrics table per rep / hold / cycle with units in the
// headers, a criteria grid with 1 met, 0 not met, null not scorable with the reason), plus the set's flags.
import { isTaskResult, resultModel as modelOfTask, type ResultModel, type TaskResultBase } from '../analysis/index.ts';

export type { Cell, ColumnAddress, Criterion, GradeAddress, GradeRef, ResultModel, Table } from '../analysis/index.ts';
export { criteriaTable, markOf, scoreText } from '../analysis/index.ts';

/** The result screen's model for any task's result; a task this version does not know shows its flags only. */
export function resultModel(result: TaskResultBase): ResultModel {
  if (isTaskResult(result)) return modelOfTask(result);
  return { headline: `A result of "${result.task}", a task this version of the app does not know`, lines: [], tables: [], flags: result.flags };
}
