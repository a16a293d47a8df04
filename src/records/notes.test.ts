import { describe, expect, it } from 'vitest';
import { addChild, deleteChild } from './children.ts';
import { loadReportNote, saveReportNote, setSessionNote, NOTE_MAX_CHARS } from './notes.ts';
import { saveSession } from './sessions.ts';
import { syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { openTestDb } from './test-db.ts';

describe('review notes', () => {
  it('keeps a note on a saved session, trimmed, and refuses one too long with a sentence', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '' });
    const s = await saveSession(db, syntheticSessionInfo(mia.id, 0), syntheticJumpResult(2), null);
    expect(s.note).toBe('');
    await setSessionNote(db, s.id, '  tired after school  ');
    expect((await db.sessions.get(s.id))?.note).toBe('tired after school');
    await expect(setSessionNote(db, s.id, 'x'.repeat(NOTE_MAX_CHARS + 1))).rejects.toThrow(/keep it under 2000 \(nothing was saved\)/);
    await expect(setSessionNote(db, 'gone', 'x')).rejects.toThrow(/no longer exists/);
  });

  it('keeps a report note per child and range; another range starts with the names but an empty note', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '' });
    await saveReportNote(db, mia.id, '2024-01-01', '2024-06-30', { summaryNote: 'Steadier on the left leg.', therapist: 'A. Ruiz', clinic: 'North' }, 10);
    expect(await loadReportNote(db, mia.id, '2024-01-01', '2024-06-30')).toMatchObject({ summaryNote: 'Steadier on the left leg.', therapist: 'A. Ruiz' });
    expect(await loadReportNote(db, mia.id, '2024-07-01', '2024-12-31')).toMatchObject({ summaryNote: '', therapist: 'A. Ruiz', clinic: 'North' });
    await deleteChild(db, mia.id);
    expect(await db.reports.count()).toBe(0);
  });
});
