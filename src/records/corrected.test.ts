import { describe, expect, it } from 'vitest';
import { addChild } from './children.ts';
import { correctSession, itemScoreText, withValueAtPath } from './corrected.ts';
import { overrideGrade, overridesOf, reviewSession } from './overrides.ts';
import { loadItems, saveSession } from './sessions.ts';
import { syntheticSessionInfo } from './synthetic.ts';
import { openTestDb } from './test-db.ts';
import type { RecordsDb } from './db.ts';

const criterion = (id: string, score: 0 | 1 | null) => ({ id, label: id, score, evidence: 'seen' });
const rep = (index: number) => ({ index, criteria: [criterion('arms', 1), criterion('takeoff', 1), criterion('landing', null)], flags: [] });
const jumps = () => ({ task: 'two-foot-jump' as const, flags: [], count: 2, reps: [rep(1), rep(2)],
  itemScore: { protocol: 'TGMD-3 jump criteria, first 2 trials', score: 4, max: 4, trials: 2, notScorable: ['landing: seen'] } });

async function review(db: RecordsDb, sessionId: string) {
  const session = (await db.sessions.get(sessionId))!;
  return reviewSession(session, await loadItems(db, sessionId), await overridesOf(db, sessionId));
}

describe('corrected item scores', () => {
  it('sets a value at a path that steps into arrays by id, leaving the original untouched', () => {
    const data = { criteria: [criterion('arms', 1), criterion('takeoff', 0)] };
    expect(withValueAtPath(data, ['criteria', 'takeoff', 'score'], 1)).toEqual({ criteria: [criterion('arms', 1), criterion('takeoff', 1)] });
    expect(data.criteria[1]!.score).toBe(0);
    expect(withValueAtPath(data, ['missing', 'x'], 1)).toEqual(data);
  });

  it('recomputes the item score when a therapist corrects a criterion, and keeps the engine\'s beside it', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '' });
    const s = await saveSession(db, syntheticSessionInfo(mia.id, 0), jumps(), null);
    expect(correctSession(await review(db, s.id))).toMatchObject({ corrected: null, itemScore: { engine: { score: 4, max: 4 }, corrected: undefined } });
    await overrideGrade(db, { sessionId: s.id, target: 'rep', index: 1, field: 'criteria.takeoff.score', newValue: 0, reason: 'one foot first' });
    const corrected = correctSession(await review(db, s.id));
    expect(corrected.itemScore).toEqual({ engine: { score: 4, max: 4 }, corrected: { score: 3, max: 4 } });
    expect(itemScoreText(corrected.itemScore!)).toBe('Item score 3 of 4, engine 4');
    // A not-scorable criterion marked met by the therapist raises the maximum too.
    await overrideGrade(db, { sessionId: s.id, target: 'rep', index: 0, field: 'criteria.landing.score', newValue: 1, reason: 'seen on video' });
    expect(itemScoreText(correctSession(await review(db, s.id)).itemScore!)).toBe('Item score 4 of 5, engine 4 of 4');
  });
});
