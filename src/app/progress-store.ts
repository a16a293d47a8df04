// The progress charts' and review report's actions over the records layer. RecordsError sentences are shown as they
// are; anything unexpected is logged and turned into a sentence.
import { loadProgress, loadReportNote, RecordsError, saveReportNote, type RecordsDb } from '../records/index.ts';
import { CHARTED, type TaskId } from '../analysis/index.ts';
import type { ProgressActions } from '../ui/progress/types.ts';
import { sentenceOf } from './errors.ts';

const sentenceFor = (error: unknown): string => {
  if (error instanceof RecordsError) return error.message;
  console.error(error);
  return sentenceOf(error);
};

/** Tasks whose charted numbers read their reps, holds or cycles (the others chart their summary alone). */
const readsItems = (task: TaskId) => CHARTED[task]?.metrics.some((m) => m.readsItems === true) ?? true;

export function createProgressActions(db: RecordsDb): ProgressActions {
  return {
    load: (childId) => loadProgress(db, childId, readsItems).catch((error: unknown) => { throw new Error(sentenceFor(error)); }),
    loadReportNote: (childId, fromDay, toDay) => loadReportNote(db, childId, fromDay, toDay),
    saveReportNote: (childId, fromDay, toDay, note) => saveReportNote(db, childId, fromDay, toDay, note).then(() => null, sentenceFor),
  };
}
