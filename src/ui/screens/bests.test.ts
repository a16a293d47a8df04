import { describe, expect, it } from 'vitest';
import { TASKS } from '../../analysis/index.ts';
import type { SessionRow } from '../../records/index.ts';
import { personalBests } from './bests.ts';

/** A stored two-foot-jump session; its headline reads the summary's count. */
const row = (id: string, reps: number, startedAtMs: number, status: SessionRow['status'] = 'complete'): SessionRow => ({
  id, childId: 'c1', task: 'two-foot-jump', protocol: 'standard', settings: {}, startedAtMs, durationMs: 1000, source: 'file', fileName: 'a.mp4',
  model: 'movenet-lightning', backend: 'wasm', engineVersion: '1', status, summary: { task: 'two-foot-jump', count: reps, flags: [] },
  itemCount: reps, track: null, note: '',
});

describe('personal bests', () => {
  it('keeps the session with the most reps per task, the first one on a tie, and skips unfinished sets', () => {
    const bests = personalBests([row('a', 3, 1), row('b', 5, 2), row('c', 5, 3), row('d', 9, 4, 'recording')], TASKS);
    expect(bests.map((b) => [b.taskId, b.sessionId])).toEqual([['two-foot-jump', 'b']]);
    expect(bests[0]!.text).toMatch(/^5 /);
  });

  it('has none before any finished session', () => {
    expect(personalBests([], TASKS)).toEqual([]);
  });
});
