// Property test of the backup inspector (fast-check): one value anywhere in a real backup replaced by any JSON value
// (or removed). The import never throws anything but the documented refusal (a RecordsError sentence), a refused file
// changes nothing, and an accepted one imports whole and every session in it loads again.
import './node-shims.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from './backup.ts';
import { addChild } from './children.ts';
import { overrideGrade, reviewSession } from './overrides.ts';
import { loadItems, loadTrack, saveSession } from './sessions.ts';
import { RecordsError } from './errors.ts';
import { SYNTHETIC_TRACK_META as META, syntheticFrames, syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { openTestDb, snapshot } from './test-db.ts';
import type { RecordsDb } from './db.ts';

async function seed(db: RecordsDb, name: string): Promise<void> {
  const child = await addChild(db, { nickname: name, birthDate: '2019-04-23', heights: [{ heightCm: 112, measuredOn: '2024-09-01' }] });
  const session = await saveSession(db, syntheticSessionInfo(child.id, 1000), syntheticJumpResult(3), { meta: META, frames: syntheticFrames(30) });
  await overrideGrade(db, { sessionId: session.id, target: 'rep', index: 0, field: 'heightCm', newValue: 11, reason: 'tape measure' });
}

type Path = readonly (string | number)[];
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => pathsOf(v, [...at, k]))];
}
function damaged(json: unknown, path: Path, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>;
  if (path.length === 0) return value;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove && !Array.isArray(parent)) delete parent[last]; else parent[last] = value;
  return copy;
}

describe('backup inspector properties', () => {
  it('refuses a damaged backup with a sentence and no change, or imports it whole and loadable', async () => {
    const source = openTestDb();
    await seed(source, 'Mia');
    const json: unknown = JSON.parse(await (await exportBackup(source)).text());
    const paths = pathsOf(json);
    let refused = 0;
    await fc.assert(fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), async (path, value, remove) => {
      const db = openTestDb();
      await seed(db, 'Leo');
      const before = await snapshot(db);
      const file = new Blob([JSON.stringify(damaged(json, path, value, remove))]);
      const outcome = await importBackup(db, file).then(() => null, (err: unknown) => err);
      if (outcome !== null) {
        refused++;
        expect(outcome).toBeInstanceOf(RecordsError);
        expect((outcome as RecordsError).message).toMatch(/Nothing was imported and your records are unchanged\.$/);
        expect(await snapshot(db)).toEqual(before);
        return;
      }
      for (const session of await db.sessions.toArray()) {
        const items = await loadItems(db, session.id);
        const track = await loadTrack(db, session.id);
        for (const f of track?.frames ?? []) expect(Number.isFinite(f.tMs)).toBe(true);
        reviewSession(session, items, await db.overrides.where('sessionId').equals(session.id).toArray());
      }
    }), { numRuns: 150 });
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});
