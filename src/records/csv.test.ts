// The CSV files opened the way a spreadsheet would (an RFC 4180 parse): one column per metric and per criterion with
// headers in words, the engine's and the therapist's marks side by side, local dates, a row per session and per rep.
import { describe, expect, it } from 'vitest';
import { addChild } from './children.ts';
import { csvCell, exportCsv, localDateTime } from './csv.ts';
import { headerOf } from './csv-headers.ts';
import { setSessionNote } from './notes.ts';
import { overrideGrade } from './overrides.ts';
import { saveSession } from './sessions.ts';
import { syntheticSessionInfo } from './synthetic.ts';
import { syntheticResult } from './synthetic-history.ts';
import { openTestDb } from './test-db.ts';

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += ch;
  }
  expect(field).toBe('');
  return rows;
}

/** Rows as objects keyed by header, after checking every row has as many cells as the header. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  for (const r of rows) expect(r.length).toBe(header!.length);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

const fixed = () => { let x = 0.5; return () => { x = (x * 9301 + 49297) % 233280 / 233280; return x; }; };

async function seeded() {
  const db = openTestDb();
  const mia = await addChild(db, { nickname: 'Mia, "M"', birthDate: '2019-04-23' });
  const when = new Date(2024, 8, 1, 14, 5).getTime();
  const jumpResult = syntheticResult('two-foot-jump', 0.5, fixed()) as unknown as { reps: { criteria: { score: number }[] }[] };
  const flipped = 1 - jumpResult.reps[0]!.criteria[1]!.score;
  const jumps = await saveSession(db, syntheticSessionInfo(mia.id, when), jumpResult as never, null);
  await saveSession(db, { ...syntheticSessionInfo(mia.id, when + 3_600_000), task: 'crawl', live: { step: 'scored', trial: 2, scoredTrials: 2, setupOverride: true } },
    syntheticResult('crawl', 0.5, fixed()), null);
  await saveSession(db, { ...syntheticSessionInfo(mia.id, when + 7_200_000), task: 'hop' }, { task: 'hop', flags: [], count: 0, reps: [], runs: [] } as never, null);
  await overrideGrade(db, { sessionId: jumps.id, target: 'rep', index: 0, field: 'criteria.arms-swing.score', newValue: flipped, reason: 'seen, on video' });
  await setSessionNote(db, jumps.id, 'New shoes');
  return { db, when, flipped };
}

describe('CSV exports', () => {
  it('writes a row per session, local dates, item scores of the engine and the therapist, and the note', async () => {
    const { db, when } = await seeded();
    const sessions = records((await exportCsv(db)).sessions);
    expect(sessions.map((s) => s.Task)).toEqual(['two-foot-jump', 'crawl', 'hop']);
    expect(sessions[0]!['Date (local time)']).toBe(localDateTime(when));
    expect(sessions[0]!['Date (local time)']).toMatch(/^2024-09-01 14:05$/);
    expect(sessions[0]!.Child).toBe('Mia, "M"');
    expect(sessions[0]!['Item score (engine)']).toMatch(/^\d+ of 8$/);
    expect(sessions[0]!['Item score (therapist)']).toMatch(/^\d+ of 8$/);
    expect(sessions[0]!.Note).toBe('New shoes');
    expect(sessions[2]!.Result).toBe('nothing counted in this session');
    expect(sessions[1]!['Duration (s)']).not.toBe('');
    expect(sessions[1]!['Cadence (per minute)']).toMatch(/^\d+(\.\d+)?$/);
    // A live set's trial and a setup override are in the export; a session without a live set leaves them empty.
    expect([sessions[1]!.Trial, sessions[1]!['Setup check']]).toEqual(['2 of 2', 'started over it by the therapist']);
    expect([sessions[0]!.Trial, sessions[0]!['Setup check']]).toEqual(['', '']);
  });

  it('writes a row per rep and crawl cycle, one column per criterion with both marks, and never JSON in a cell', async () => {
    const { db, flipped } = await seeded();
    const text = (await exportCsv(db)).items;
    const rows = records(text);
    const jumpRows = rows.filter((r) => r.Task === 'two-foot-jump');
    expect(jumpRows.length).toBeGreaterThan(2);
    expect(jumpRows[0]!['arms swing (engine, 1 met / 0 not)']).toMatch(/^[01]$/);
    expect(jumpRows[0]!['arms swing (engine, 1 met / 0 not)']).toBe(String(1 - flipped));
    expect(jumpRows[0]!['arms swing (therapist)']).toBe(String(flipped));
    expect(jumpRows[1]!['arms swing (therapist)']).toBe('');
    expect(jumpRows[0]!['Height (cm)']).toMatch(/^\d+(\.\d+)?$/);
    const cycles = rows.filter((r) => r.Task === 'crawl');
    expect(cycles.every((r) => r.Item === 'Crawl cycle' && /^\d+\.\d\d$/.test(r['Duration (s)']!))).toBe(true);
    expect(rows.filter((r) => r.Task === 'hop')).toEqual([expect.objectContaining({ Item: 'none', Result: 'nothing counted in this session' })]);
    expect(text).not.toMatch(/[[{]"/);
  });

  it('names columns in words with units', () => {
    expect(['flightMs.value', 'setSummary.heightCm.best', 'armReachNorm', 'takeoffTMs', 'cadencePerMin'].map(headerOf))
      .toEqual(['Flight (ms)', 'Height, best of the set (cm)', 'Arm reach (body heights)', 'Takeoff time (ms)', 'Cadence (per minute)']);
  });

  it('quotes commas and quotes, and defuses text that a spreadsheet would run as a formula', () => {
    expect([csvCell('a,"b"'), csvCell('=HYPERLINK("x")'), csvCell('-3.5')]).toEqual(['"a,""b"""', '"\'=HYPERLINK(""x"")"', '-3.5']);
  });
});
