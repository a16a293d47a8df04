import { describe, expect, it } from 'vitest';
import { addChild } from './children.ts';
import { csvCell, exportCsv } from './csv.ts';
import { overrideGrade } from './overrides.ts';
import { saveSession } from './sessions.ts';
import { syntheticJumpResult, syntheticSessionInfo } from './synthetic.ts';
import { openTestDb } from './test-db.ts';

async function csvOf(reps: number, withOverride = false) {
  const db = openTestDb();
  const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
  const session = await saveSession(db, syntheticSessionInfo(mia.id, Date.UTC(2024, 8, 1)), syntheticJumpResult(reps), null);
  if (withOverride) {
    await overrideGrade(db, { sessionId: session.id, target: 'rep', index: 0, field: 'criteria.twoFootTakeoff.mark', newValue: 1, reason: 'seen, on video' }, Date.UTC(2024, 8, 2));
  }
  return (await exportCsv(db)).trimEnd().split('\r\n');
}

describe('CSV export', () => {
  it('writes a header and one row per rep', async () => {
    expect((await csvOf(3)).length).toBe(4);
  });

  it('names the child, date, task, every metric and every criterion mark in its columns', async () => {
    const [header] = await csvOf(1);
    expect(header).toBe('child,birth_date,session_date,task,protocol,source,engine_version,kind,number,startMs,endMs,airtimeMs,'
      + 'heightCm,scorable,notScorableReasons,criteria.twoFootTakeoff.mark,criteria.twoFootTakeoff.evidence,'
      + 'criteria.armsSwing.mark,criteria.armsSwing.evidence,flags');
  });

  it('adds the therapist\'s value and the audit trail of an overridden grade', async () => {
    const [header, first] = await csvOf(2, true);
    expect(header!.endsWith(',criteria.twoFootTakeoff.mark (therapist),overrides')).toBe(true);
    expect(first!.endsWith(',1,"criteria.twoFootTakeoff.mark: 0 -> 1 on 2024-09-02T00:00:00.000Z (seen, on video)"')).toBe(true);
  });

  it('repeats an override of the session\'s own grade on each of its rows', async () => {
    const db = openTestDb();
    const mia = await addChild(db, { nickname: 'Mia', birthDate: '2019-04-23' });
    const session = await saveSession(db, syntheticSessionInfo(mia.id, 0), syntheticJumpResult(2), null);
    await overrideGrade(db, { sessionId: session.id, target: 'session', index: 0, field: 'count', newValue: 3, reason: 'one jump off camera' });
    const lines = (await exportCsv(db)).trimEnd().split('\r\n');
    expect(lines.slice(1).map((line) => line.split(',').at(-2))).toEqual(['3', '3']);
  });

  it('quotes commas and quotes, and defuses text that a spreadsheet would run as a formula', () => {
    expect([csvCell('a,"b"'), csvCell('=HYPERLINK("x")'), csvCell('-3.5')]).toEqual(['"a,""b"""', '"\'=HYPERLINK(""x"")"', '-3.5']);
  });
});
