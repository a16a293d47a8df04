// Compares one task result with a clip's hand-made label from ../shared/clips/labels.json. Each kind of label
// (count, cycles + pattern, holds, stance) is judged by the field the task's issue names in its output.
export interface Verdict {
  readonly expected: string;
  readonly got: string;
  readonly pass: boolean;
}

type Expect = Readonly<Record<string, unknown>>;
type Result = Readonly<Record<string, unknown>>;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function judgeCount(expect: Expect, result: Result, field: 'count' | 'cycles', tolField = 'tolerance'): Verdict {
  const want = num(expect[field]) ?? 0;
  const tol = num(expect[tolField]) ?? 0;
  const got = num(result[field]);
  return {
    expected: `${field} ${want}${tol ? ` ±${tol}` : ''}`,
    got: got === undefined ? `no ${field}` : `${field} ${got}`,
    pass: got !== undefined && Math.abs(got - want) <= tol,
  };
}

function judgeHolds(expect: Expect, result: Result): Verdict {
  const want = (expect.holds_s as number[] | undefined) ?? [];
  const tol = num(expect.tolerance_s) ?? 0;
  const leg = expect.standingLeg as string | undefined;
  const holds = Array.isArray(result.holds) ? (result.holds as Result[]) : [];
  const got = holds.map((h) => `${(num(h.durationS) ?? Number.NaN).toFixed(2)} s ${String(h.standingLeg ?? '?')}`);
  const pass = holds.length === want.length && want.every((w, i) => {
    const h = holds[i]!;
    const d = num(h.durationS);
    return d !== undefined && Math.abs(d - w) <= tol + 1e-9 && (leg === undefined || h.standingLeg === leg);
  });
  const start = judgeHoldStart(expect, holds);
  return {
    expected: `holds ${want.map((w) => `${w.toFixed(2)} s`).join(', ')} ±${tol} s${leg ? ` on ${leg}` : ''}${start.expected}`,
    got: (holds.length === 0 ? 'no hold' : `holds ${got.join(', ')}`) + start.got,
    pass: pass && start.pass,
  };
}

/** Labels with startS also judge when the first hold began (a hold of the right length at the wrong time is wrong). */
function judgeHoldStart(expect: Expect, holds: readonly Result[]): Verdict {
  const wantS = num(expect.startS);
  if (wantS === undefined) return { expected: '', got: '', pass: true };
  const tol = num(expect.startTolerance_s) ?? 0;
  const startMs = num(holds[0]?.startMs);
  return {
    expected: `, from ${wantS.toFixed(2)} s ±${tol}`,
    got: startMs === undefined ? '' : `, from ${(startMs / 1000).toFixed(2)} s`,
    pass: startMs !== undefined && Math.abs(startMs / 1000 - wantS) <= tol + 1e-9,
  };
}

function judgeStance(expect: Expect, result: Result): Verdict {
  const leg = expect.standingLeg as string | undefined;
  const stanceOk = result.stance === expect.stance;
  const legOk = leg === undefined || result.standingLeg === leg;
  return {
    expected: `${String(expect.stance)}${leg ? ` on ${leg}` : ''}`,
    got: `${String(result.stance ?? 'no stance')}${result.standingLeg ? ` on ${String(result.standingLeg)}` : ''}`,
    pass: stanceOk && legOk,
  };
}

function judgePattern(expect: Expect, result: Result): Verdict {
  const cycles = judgeCount(expect, result, 'cycles');
  const patternOk = result.pattern === expect.pattern;
  return {
    expected: `${String(expect.pattern)}, ${cycles.expected}`,
    got: `${String(result.pattern ?? 'no pattern')}, ${cycles.got}`,
    pass: patternOk && cycles.pass,
  };
}

export function judge(expect: Expect, result: Result): Verdict {
  if ('stance' in expect) return judgeStance(expect, result);
  if ('holds_s' in expect) return judgeHolds(expect, result);
  if ('pattern' in expect) return judgePattern(expect, result);
  if ('count' in expect) return judgeCount(expect, result, 'count');
  return { expected: JSON.stringify(expect), got: 'label kind not understood', pass: false };
}
