import { describe, expect, it } from 'vitest';
import { addChild, childProblems, heightOn, updateChild } from './children.ts';
import { RecordsError } from './errors.ts';
import { openTestDb } from './test-db.ts';

describe('children', () => {
  it('names the field and the valid range when a height is entered in millimetres', () => {
    expect(childProblems({ nickname: 'Mia', birthDate: '2019-04-23', heights: [{ heightCm: 1120, measuredOn: '2024-09-01' }] }))
      .toEqual(['Height 1120 cm is outside 60..180 cm: enter it in centimetres.']);
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

  it('uses the height measured last before a session\'s date', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23', heights: [
      { heightCm: 108, measuredOn: '2024-03-01' }, { heightCm: 112, measuredOn: '2024-09-01' },
    ] });
    expect(heightOn(mia, '2024-06-15')).toBe(108);
  });
});
