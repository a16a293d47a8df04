import { describe, expect, it } from 'vitest';
import { addChild } from './children.ts';
import { overrideGrade } from './overrides.ts';
import { loadProgress } from './progress.ts';
import { saveSession } from './sessions.ts';
import { syntheticSessionInfo } from './synthetic.ts';
import { syntheticResult } from './synthetic-history.ts';
import { openTestDb } from './test-db.ts';

const random = () => { let x = 1; return () => { x = (x * 16807) % 2147483647; return x / 2147483647; }; };

describe('a child\'s sessions for the progress charts', () => {
  it('reads items only where the charts need them or a correction changes the item score', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '' });
    const result = syntheticResult('two-foot-jump', 0.5, random()) as unknown as { reps: { criteria: { score: number }[] }[] };
    const plain = await saveSession(db, syntheticSessionInfo(mia.id, 1000), result as never, null);
    const fixed = await saveSession(db, syntheticSessionInfo(mia.id, 2000), result as never, null);
    await overrideGrade(db, { sessionId: fixed.id, target: 'rep', index: 0, field: 'criteria.arms-swing.score',
      newValue: 1 - result.reps[0]!.criteria[1]!.score, reason: 'seen on video' });
    const [a, b] = await loadProgress(db, mia.id, () => false);
    expect(a!.session.id).toBe(plain.id);
    expect((a!.engine as unknown as { reps?: unknown }).reps).toBeUndefined();
    expect(a!.itemScore?.engine.max).toBe(8);
    expect((b!.engine as unknown as { reps: unknown[] }).reps.length).toBeGreaterThan(0);
    expect(b!.itemScore?.corrected).toBeDefined();
    expect(b!.overrides).toHaveLength(1);
    const [full] = await loadProgress(db, mia.id);
    expect((full!.engine as unknown as { reps: unknown[] }).reps.length).toBeGreaterThan(0);
  });
});
