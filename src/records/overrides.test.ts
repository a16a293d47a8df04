import { describe, expect, it } from 'vitest';
import { addChild } from './children.ts';
import { RecordsError } from './errors.ts';
import { overrideGrade, overridesOf, reviewSession, valueAtPath } from './overrides.ts';
import { regradeAll, regradeSession } from './regrade.ts';
import { loadItems, saveSession } from './sessions.ts';
import { SYNTHETIC_TRACK_META as META, syntheticFrames, syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { openTestDb } from './test-db.ts';
import type { RecordsDb } from './db.ts';
import type { JsonObject } from './types.ts';

async function sessionWithReps(db: RecordsDb, reps = 3) {
  const { id } = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
  return saveSession(db, syntheticSessionInfo(id, 1000, '0.1.0'), syntheticJumpResult(reps), { meta: META, frames: syntheticFrames(90) });
}
const markCriterion = { target: 'rep', index: 0, field: 'criteria.twoFootTakeoff.mark' } as const;
const review = async (db: RecordsDb, sessionId: string) =>
  reviewSession((await db.sessions.get(sessionId))!, await loadItems(db, sessionId), await overridesOf(db, sessionId));

describe('therapist overrides', () => {
  it('records the engine value, the old and new value, when and why', async () => {
    const db = openTestDb();
    const session = await sessionWithReps(db);
    const row = await overrideGrade(db, { sessionId: session.id, ...markCriterion, newValue: 1, reason: 'feet left together on video' }, 5000);
    expect(row).toMatchObject({ engineValue: 0, oldValue: 0, newValue: 1, atMs: 5000, reason: 'feet left together on video' });
  });

  it('chains a second change from the first one\'s value, keeping both in the trail', async () => {
    const db = openTestDb();
    const session = await sessionWithReps(db);
    await overrideGrade(db, { sessionId: session.id, ...markCriterion, newValue: 1, reason: 'first look' }, 5000);
    await overrideGrade(db, { sessionId: session.id, ...markCriterion, newValue: 0, reason: 'slow motion shows a step' }, 6000);
    expect((await overridesOf(db, session.id)).map((o) => [o.oldValue, o.newValue])).toEqual([[0, 1], [1, 0]]);
  });

  it('leaves the engine\'s stored value unchanged', async () => {
    const db = openTestDb();
    const session = await sessionWithReps(db);
    await overrideGrade(db, { sessionId: session.id, ...markCriterion, newValue: 1, reason: 'seen on video' });
    const [firstRep] = await loadItems(db, session.id);
    expect(firstRep?.data).toEqual(syntheticJumpResult(3).reps[0]);
  });

  it('refuses a change without a reason', async () => {
    const db = openTestDb();
    const session = await sessionWithReps(db);
    await expect(overrideGrade(db, { sessionId: session.id, ...markCriterion, newValue: 1, reason: '  ' })).rejects.toBeInstanceOf(RecordsError);
  });
});

describe('re-grading', () => {
  it('replaces the engine results and version of sessions graded by an older engine', async () => {
    const db = openTestDb();
    const session = await sessionWithReps(db, 3);
    const report = await regradeAll(db, () => syntheticJumpResult(5), '0.2.0');
    expect([report.regraded, (await db.sessions.get(session.id))?.engineVersion, (await loadItems(db, session.id)).length]).toEqual([1, '0.2.0', 5]);
  });

  it('keeps an override and shows that the new engine value differs from the one it overrode', async () => {
    const db = openTestDb();
    const session = await sessionWithReps(db);
    await overrideGrade(db, { sessionId: session.id, ...markCriterion, newValue: 1, reason: 'seen on video' });
    const regraded = syntheticJumpResult(3);
    (regraded.reps[0] as { criteria: { twoFootTakeoff: { mark: number } } }).criteria.twoFootTakeoff.mark = 1;
    await regradeSession(db, session.id, () => regraded, '0.2.0');
    const [first] = (await review(db, session.id)).items;
    expect(first?.overridden).toMatchObject([{ field: markCriterion.field, engineValue: 1, value: 1, engineChangedSince: true }]);
  });

  it('keeps and lists the override of a rep the new engine no longer finds', async () => {
    const db = openTestDb();
    const session = await sessionWithReps(db, 3);
    await overrideGrade(db, { sessionId: session.id, target: 'rep', index: 2, field: 'heightCm', newValue: 12, reason: 'measured' });
    await regradeSession(db, session.id, () => syntheticJumpResult(2), '0.2.0');
    expect((await review(db, session.id)).orphaned.map((o) => o.index)).toEqual([2]);
  });

  it('hands the stored track to the grading function', async () => {
    const db = openTestDb();
    const session = await sessionWithReps(db);
    let frames = 0;
    await regradeSession(db, session.id, (track) => { frames = track.frames.length; return syntheticJumpResult(1); }, '0.2.0');
    expect(frames).toBe(90);
  });
});

describe('override paths into the engine\'s criteria lists', () => {
  const rep: JsonObject = { criteria: [{ id: 'arms-up', score: 0, evidence: 'wrists below the nose' }, { id: 'both-feet', score: 1 }] };
  it('reaches a criterion in a list by its id', () => {
    expect(valueAtPath(rep, 'criteria.arms-up.score')).toBe(0);
    expect(valueAtPath(rep, 'criteria.both-feet.score')).toBe(1);
  });
  it('reaches a list element by its index and gives null for a missing one', () => {
    expect(valueAtPath(rep, 'criteria.1.score')).toBe(1);
    expect(valueAtPath(rep, 'criteria.hop.score')).toBeNull();
  });
});
