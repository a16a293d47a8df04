// Notes of a review: a note on each saved session, and a report's summary note with the therapist and clinic names.
import { RecordsError, describeWriteFailure } from './errors.ts';
import type { RecordsDb } from './db.ts';
import type { ReportRow } from './types.ts';

/** Longest note kept, characters: a paragraph or two, not a document (the CSV and the printed page show it whole). */
export const NOTE_MAX_CHARS = 2000;

function checked(note: string, what: string): string {
  const text = note.trim();
  if (text.length > NOTE_MAX_CHARS) {
    throw new RecordsError('invalid-input', `The ${what} is ${text.length} characters long; keep it under ${NOTE_MAX_CHARS} (nothing was saved).`);
  }
  return text;
}

/** Replaces a session's note ('' clears it). */
export async function setSessionNote(db: RecordsDb, sessionId: string, note: string): Promise<void> {
  const text = checked(note, 'note');
  await describeWriteFailure('the note', async () => {
    const changed = await db.sessions.update(sessionId, { note: text });
    if (changed === 0 && !(await db.sessions.get(sessionId))) {
      throw new RecordsError('not-found', 'This session no longer exists (it may have been deleted): reload it.');
    }
  });
}

export const reportId = (childId: string, fromDay: string, toDay: string) => `${childId}/${fromDay}/${toDay}`;

export interface ReportNote {
  readonly summaryNote: string;
  readonly therapist: string;
  readonly clinic: string;
}

/** Saves a report's words for a child and range (replacing earlier words for the same range). */
export async function saveReportNote(db: RecordsDb, childId: string, fromDay: string, toDay: string, note: ReportNote,
  nowMs = Date.now()): Promise<ReportRow> {
  const row: ReportRow = {
    id: reportId(childId, fromDay, toDay), childId, fromDay, toDay, summaryNote: checked(note.summaryNote, 'summary note'),
    therapist: note.therapist.trim().slice(0, 100), clinic: note.clinic.trim().slice(0, 100), savedAtMs: nowMs,
  };
  await describeWriteFailure('the report note', () => db.reports.put(row));
  return row;
}

/** The words saved for this child and range, or those of the child's latest report (names carry over). */
export async function loadReportNote(db: RecordsDb, childId: string, fromDay: string, toDay: string): Promise<ReportRow | undefined> {
  const exact = await db.reports.get(reportId(childId, fromDay, toDay));
  if (exact) return exact;
  const latest = (await db.reports.where('childId').equals(childId).toArray()).sort((a, b) => b.savedAtMs - a.savedAtMs)[0];
  return latest && { ...latest, summaryNote: '' };
}
