import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFrames, findTask, trackFromText, type TaskResultBase } from '../analysis/index.ts';
import { fixtureTrackPath } from '../cli/clips.ts';
import { reviewSession, splitResult, type ItemRow, type JsonValue, type OverrideRow, type SessionRow } from '../records/index.ts';
import { interruptedLine } from './InterruptedSessions.tsx';
import { auditTrail, modelWithOverrides, OVERRIDE_NOTE, overrideLookup, resultOfReview } from './override-model.ts';
import { resultModel, type Cell } from './result-model.ts';

function jumpingJackResult(): TaskResultBase {
  const parsed = trackFromText(readFileSync(fixtureTrackPath('jumping-jacks/jj-white-wall.mp4'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  const t = parsed.track;
  return analyzeFrames(findTask('jumping-jack')!, { width: t.width, height: t.height, fps: t.fps }, t.frames);
}

const RESULT = jumpingJackResult();
const { summary, items } = splitResult(RESULT);
const SESSION = {
  id: 's1', childId: 'c1', task: 'jumping-jack', protocol: 'default', settings: {}, startedAtMs: 1000, durationMs: 9000,
  source: 'file', fileName: 'jj.mp4', model: 'movenet-lightning', backend: 'wasm', engineVersion: '1', status: 'complete',
  summary, itemCount: items.length, track: null, note: '',
} satisfies SessionRow;
const ITEMS: ItemRow[] = items.map((i) => ({ ...i, sessionId: SESSION.id }));

/** Jack 1's first criterion, as the grid addresses it. */
const firstMark = (): Cell => resultModel(RESULT).tables[1]!.rows[0]![1]!;

const override = (n: number, oldValue: JsonValue, newValue: JsonValue, reason: string): OverrideRow => ({
  id: `o${n}`, sessionId: SESSION.id, target: 'rep', index: 0, field: firstMark().grade!.field, engineValue: firstMark().grade!.engine,
  oldValue, newValue, atMs: 2000 + n, reason, engineVersion: '1',
});

const gridOf = (overrides: OverrideRow[]) => {
  const review = reviewSession(SESSION, ITEMS, overrides);
  return modelWithOverrides(resultModel(RESULT), overrideLookup(review), () => 'today').tables[1]!;
};

describe('the override display model', () => {
  it('addresses jack 1\'s criterion marks as rep 0 with the criterion\'s id in the field path', () => {
    const grade = firstMark().grade!;
    expect(grade).toMatchObject({ target: 'rep', index: 0 });
    expect(grade.field).toMatch(/^criteria\.[\w-]+\.score$/);
    expect(grade.name).toMatch(/ in jack 1$/);
  });

  it('shows the therapist\'s value beside the engine\'s with a marker, the reason on hover and a note under the grid', () => {
    const engine = firstMark().grade!.engine;
    const corrected = engine === 1 ? 0 : 1;
    const grid = gridOf([override(1, engine, corrected, 'Hands met overhead on the video.')]);
    const cell = grid.rows[0]![1]!;
    expect(cell.text).toBe(`${corrected === 1 ? '1 ✓' : '0 ✗'} (engine ${engine ?? 'not scorable'})`);
    expect(cell).toMatchObject({ overridden: true, mark: corrected === 1 ? 'met' : 'not-met' });
    expect(cell.title).toBe('Changed by the therapist on today: Hands met overhead on the video.');
    expect(grid.notes).toContain(OVERRIDE_NOTE);
  });

  it('leaves every other mark as the engine gave it', () => {
    const grid = gridOf([override(1, 0, null, 'Arms hidden by a chair.')]);
    expect(grid.rows[0]![1]!.text).toMatch(/^not scorable \(engine (0|1|not scorable)\)$/);
    const others = grid.rows.flatMap((row, r) => row.slice(1).filter((_, c) => r !== 0 || c !== 0));
    expect(others.every((c) => c.overridden === undefined)).toBe(true);
  });

  it('lists the audit trail oldest first, old value to new, with the grid\'s name of the mark and the reason', () => {
    const review = reviewSession(SESSION, ITEMS, [override(2, 1, 0, 'Second look.'), override(1, 0, 1, 'First look.')]);
    const trail = auditTrail(review, resultModel(RESULT));
    expect(trail.map((e) => [e.from, e.to, e.reason])).toEqual([['0 ✗', '1 ✓', 'First look.'], ['1 ✓', '0 ✗', 'Second look.']]);
    expect(trail[0]!.name).toBe(firstMark().grade!.name);
  });

  it('turns a stored session back into the same result screen', () => {
    const review = reviewSession(SESSION, ITEMS, []);
    expect(resultModel(resultOfReview(review)!)).toEqual(resultModel(RESULT));
  });
});

describe('interrupted sessions', () => {
  it('says in one line what stopped, for whom, and how much was saved, in the task\'s own words', () => {
    const line = interruptedLine({ ...SESSION, status: 'recording' }, 'Jumping jacks', 'Mia');
    expect(line).toMatch(new RegExp(`^Jumping jacks with Mia on .+ stopped before the end; saved so far: ${String(items.length)} jumping jacks\\.$`));
    expect(line).not.toContain('items');
  });

  it('says when nothing was saved yet', () => {
    expect(interruptedLine({ ...SESSION, status: 'recording', itemCount: 0 }, 'Jumping jacks', undefined)).toMatch(/stopped before the end; nothing was saved yet\.$/);
  });
});
