// How eval compares a result with a clip's hand-made label (../shared/clips/labels.json): the judges the tasks pick
// from in their definitions. Each kind of label (count, cycles + pattern, holds, stance) is judged by the field the
// task's issue names in its output.
import type { EvalLabel, Verdict } from '../tasks/types.ts';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A label this task's judge does not know how to read (eval counts it as a failure, with the label shown). */
export const labelNotUnderstood = (label: EvalLabel): Verdict =>
  ({ expected: JSON.stringify(label), got: 'label kind not understood', pass: false });

/** A count (reps or crawl cycles) within the label's tolerance. */
export function judgeCount(label: EvalLabel, field: 'count' | 'cycles', got: number): Verdict {
  if (!(field in label)) return labelNotUnderstood(label);
  const want = num(label[field]) ?? 0;
  const tol = num(label.tolerance) ?? 0;
  return { expected: `${field} ${want}${tol ? ` ±${tol}` : ''}`, got: `${field} ${got}`, pass: Math.abs(got - want) <= tol };
}

export interface JudgedHold {
  readonly durationS: number;
  readonly startMs?: number;
  readonly standingLeg?: string | null;
}

/** Labels with startS also judge when the first hold began (a hold of the right length at the wrong time is wrong). */
function judgeHoldStart(label: EvalLabel, holds: readonly JudgedHold[]): Verdict {
  const wantS = num(label.startS);
  if (wantS === undefined) return { expected: '', got: '', pass: true };
  const tol = num(label.startTolerance_s) ?? 0;
  const startMs = holds[0]?.startMs;
  return {
    expected: `, from ${wantS.toFixed(2)} s ±${tol}`,
    got: startMs === undefined ? '' : `, from ${(startMs / 1000).toFixed(2)} s`,
    pass: startMs !== undefined && Math.abs(startMs / 1000 - wantS) <= tol + 1e-9,
  };
}

/** Every hold's duration within tolerance_s, in order, on the labelled standing leg when the label names one. */
export function judgeHolds(label: EvalLabel, holds: readonly JudgedHold[]): Verdict {
  const want = numbers(label.holds_s);
  const tol = num(label.tolerance_s) ?? 0;
  const leg = str(label.standingLeg);
  const pass = holds.length === want.length && want.every((w, i) => {
    const h = holds[i]!;
    return Math.abs(h.durationS - w) <= tol + 1e-9 && (leg === undefined || h.standingLeg === leg);
  });
  const start = judgeHoldStart(label, holds);
  return {
    expected: `holds ${want.map((w) => `${w.toFixed(2)} s`).join(', ')} ±${tol} s${leg ? ` on ${leg}` : ''}${start.expected}`,
    got: (holds.length === 0 ? 'no hold' : `holds ${holds.map((h) => `${h.durationS.toFixed(2)} s ${h.standingLeg ?? '?'}`).join(', ')}`) + start.got,
    pass: pass && start.pass,
  };
}

/** A still's stance (and standing leg when the label names one). */
export function judgeStance(label: EvalLabel, stance: string | undefined, standingLeg: string | undefined): Verdict {
  const leg = str(label.standingLeg);
  return {
    expected: `${String(label.stance)}${leg ? ` on ${leg}` : ''}`,
    got: `${stance ?? 'no stance'}${standingLeg ? ` on ${standingLeg}` : ''}`,
    pass: stance === label.stance && (leg === undefined || standingLeg === leg),
  };
}

/** A crawl pattern and its cycle count. */
export function judgePattern(label: EvalLabel, pattern: string, cycles: number): Verdict {
  const count = judgeCount(label, 'cycles', cycles);
  return {
    expected: `${String(label.pattern)}, ${count.expected}`,
    got: `${pattern}, ${count.got}`,
    pass: pattern === label.pattern && count.pass,
  };
}

/** Balance labels: a still's stance, or the holds of a recording. */
export function judgeBalance(label: EvalLabel, stance: string | undefined, standingLeg: string | undefined,
  holds: readonly JudgedHold[]): Verdict {
  if ('stance' in label) return judgeStance(label, stance, standingLeg);
  if ('holds_s' in label) return judgeHolds(label, holds);
  return labelNotUnderstood(label);
}

/** The jumps' judge: the number of reps counted. */
export const judgeRepCount = (label: EvalLabel, result: { readonly count: number }): Verdict => judgeCount(label, 'count', result.count);
