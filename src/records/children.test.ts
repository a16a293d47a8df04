import { describe, expect, it } from 'vitest';
import { addChild, childProblems, deleteChild, heightOn, updateChild } from './children.ts';
import { saveSession } from './sessions.ts';
import { SYNTHETIC_TRACK_META, syntheticFrames, syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { snapshot } from './test-db.ts';
import { RecordsError } from './errors.ts';
import { openTestDb } from './test-db.ts';

describe('children', () => {
  it('names the field and the valid range when a height is entered in millimetres', () => {
    expect(childProblems({ nickname: 'Mia', birthDate: '2019-04-23', heights: [{ heightCm: 1120, measuredOn: '2024-09-01' }] }))
      .toEqual(['Height 1120 cm is outside 60..180 cm: enter it in centimetres.']);
  });

  it('accepts a profile without a birth date (the field is optional)', () => {
    expect(childProblems({ nickname: 'Mia', birthDate: '' })).toEqual([]);
  });

  it('refuses an empty nickname with a sentence and saves nothing', async () => {
    const db = openTestDb();
    await expect(addChild(db, { nickname: ' ', birthDate: '2019-04-23' })).rejects.toThrow(RecordsError);
    expect(await db.children.count()).toBe(0);
  });

  it('keeps heights sorted by date when one is added', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23', heights: [{ heightCm: 112, measuredOn: '2024-09-01' }] });
    const updated = await updateChild(db, mia.id, { heights: [...mia.heights, { heightCm: 108, measuredOn: '2024-03-01' }] });
    expect(updated.heights.map((h) => h.measuredOn)).toEqual(['2024-03-01', '2024-09-01']);
  });

  it('deletes a child with every session, item and track chunk, leaving other children\'s records', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
    const leo = await addChild(db, { nickname: 'Leo', birthDate: '2020-01-02' });
    await saveSession(db, syntheticSessionInfo(leo.id, 0), syntheticJumpResult(2), { meta: SYNTHETIC_TRACK_META, frames: syntheticFrames(30) });
    const onlyLeo = await snapshot(db);
    onlyLeo.children = onlyLeo.children!.filter((c) => (c as { id: string }).id === leo.id);
    await saveSession(db, syntheticSessionInfo(mia.id, 0), syntheticJumpResult(3), { meta: SYNTHETIC_TRACK_META, frames: syntheticFrames(30) });
    await deleteChild(db, mia.id);
    expect(await snapshot(db)).toEqual(onlyLeo);
  });

  it('uses the height measured last before a session\'s date', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23', heights: [
      { heightCm: 108, measuredOn: '2024-03-01' }, { heightCm: 112, measuredOn: '2024-09-01' },
    ] });
    expect(heightOn(mia, '2024-06-15')).toBe(108);
  });
});
