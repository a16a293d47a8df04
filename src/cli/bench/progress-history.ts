// A records backup holding two years of weekly synthetic sessions of every task for one child (made in Node on
// fake-indexeddb with the records layer itself), for the progress browser test, the progress benchmarks and the
// screenshots, which import it through the app's own "Import a backup" button.
import '../../records/node-shims.ts';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addChild, exportBackup, overrideGrade, RecordsDb, saveSession, setSessionNote } from '../../records/index.ts';
import { syntheticHistory, type HistorySession } from '../../records/synthetic-history.ts';

export interface HistoryBackup {
  readonly text: string;
  readonly nickname: string;
  readonly sessions: readonly HistorySession[];
}

/** Local noon of today: sessions fall well inside their local day, whatever the machine's time zone. */
export function localNoonMs(nowMs = Date.now()): number {
  const d = new Date(nowMs);
  d.setHours(12, 0, 0, 0);
  return d.getTime();
}

export async function historyBackup(endMs = localNoonMs()): Promise<HistoryBackup> {
  const db = new RecordsDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const born = new Date(endMs);
  born.setFullYear(born.getFullYear() - 6);
  const birthDate = born.toISOString().slice(0, 10);
  const child = await addChild(db, { nickname: 'Mia', birthDate, heights: [{ heightCm: 112, measuredOn: birthDate }] });
  const sessions = syntheticHistory(child.id, endMs);
  let corrected = 0;
  for (const s of sessions) {
    const row = await saveSession(db, s.info, s.result, null);
    // A few therapist corrections and notes, as a real history has: the latest two-foot jump sets.
    if (s.info.task === 'two-foot-jump' && s.info.startedAtMs > endMs - 21 * 86_400_000 && corrected < 2) {
      corrected++;
      // A synthetic two-foot-jump result (records/synthetic.ts) is typed as any task's; this one has reps with criteria.
      const engine = (s.result as unknown as { reps: { criteria: { score: number }[] }[] }).reps[0]!.criteria[1]!.score;
      await overrideGrade(db, { sessionId: row.id, target: 'rep', index: 0, field: 'criteria.arms-swing.score', newValue: 1 - engine, reason: 'seen on video' });
      await setSessionNote(db, row.id, 'Tired after school; new trainers.');
    }
  }
  const text = await (await exportBackup(db)).text();
  db.close();
  return { text, nickname: child.nickname, sessions };
}
