// The contract every jumps-family task keeps for eval, the CLI and the records: a JSON object with task, count,
// reps and flags, the same on every run, and the same whether frames arrive live or as a batch.
import { describe, expect, it } from 'vitest';
import { analyzeFrames, findTask, type TaskId } from '../../index.ts';
import { syntheticJumpTrack, twoFootJumps } from '../../../../tests/helpers/synthetic-jumps.ts';

const IDS: readonly TaskId[] = ['two-foot-jump', 'jumping-jack', 'hop', 'standing-long-jump'];
const track = syntheticJumpTrack(twoFootJumps({ startS: 0.5, count: 3, periodS: 0.9, flightS: 0.35 }), { durationS: 4, noisePx: 1 });

describe('jumps family contract', () => {
  for (const id of IDS) {
    it(`${id} returns task, count, reps and flags as plain JSON, identical on a second run`, () => {
      const task = findTask(id)!;
      const a = analyzeFrames(task, track.source, track.frames) as unknown as Record<string, unknown>;
      const b = analyzeFrames(task, track.source, track.frames);
      expect(a.task).toBe(id);
      expect(typeof a.count).toBe('number');
      expect(Array.isArray(a.reps) && Array.isArray(a.flags)).toBe(true);
      expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
    });

    it(`${id} reports live progress that ends at the batch count`, () => {
      const analyzer = findTask(id)!.create(track.source);
      let events = 0;
      for (const f of track.frames) events += analyzer.push(f).length;
      const result = analyzer.finish() as unknown as { count: number };
      expect(analyzer.progress().count).toBe(result.count);
      expect(events).toBeLessThanOrEqual(result.count);
    });
  }
});
