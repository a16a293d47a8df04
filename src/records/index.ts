// The records layer's public interface: the only module the UI and the composition root import from src/records.
export { DB_NAME, RecordsDb, newId, type RecordsDbOptions } from './db.ts';
export { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema.ts';
export { ENGINE_VERSION } from './engine-version.ts';
export { RecordsError, isQuotaError, type RecordsErrorCode } from './errors.ts';
export * from './types.ts';
export { ensureGuest, reassignSession, isGuest, GUEST_CHILD_ID, GUEST_NICKNAME } from './guest.ts';
export { addChild, updateChild, deleteChild, heightOn, childProblems, HEIGHT_RANGE_CM, type NewChild } from './children.ts';
export {
  saveSession, saveSplitSession, loadHistory, loadItems, loadTrack, deleteSession, splitResult, splitLists,
  type SessionInfo, type SessionTrack,
} from './sessions.ts';
export { startSession, unfinishedSessions, keepUnfinishedSession, type SessionAutosave } from './autosave.ts';
export { overrideGrade, overridesOf, reviewSession, type NewOverride, type SessionReview, type ReviewedPart, type OverriddenField } from './overrides.ts';
export { regradeSession, regradeAll, sessionsToRegrade, defaultGrader, type Grader, type RegradeReport } from './regrade.ts';
export { exportBackup, inspectBackup, importBackup, backupFileName, BACKUP_MIME, type BackupInspection, type TablePlan } from './backup.ts';
export { exportCsv, type CsvFiles } from './csv.ts';
export { requestPersistentStorage, describeStorageUse, type PersistenceStatus, type StorageUse } from './storage.ts';
export { liveChildren, liveHistory, liveSessionReview, liveUnfinishedSessions, liveSessionsToRegrade } from './live.ts';
export { setSessionNote, saveReportNote, loadReportNote, reportId, NOTE_MAX_CHARS, type ReportNote } from './notes.ts';
export { correctSession, itemScoreText, resultOfStored, withValueAtPath, type CorrectedSession, type ItemScoreShown } from './corrected.ts';
export { loadProgress, type ProgressSession } from './progress.ts';
