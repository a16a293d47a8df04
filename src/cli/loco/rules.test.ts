// The leave-one-clip-out rule (rules.ts): examples, and properties over any evidence (fast-check): a value re-derived
// without a clip never depends on that clip's evidence, and leaving out a clip whose evidence is not extreme changes
// nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveWithout, midwayRule, NO_EVIDENCE, type Evidence } from './rules.ts';

const value = fc.double({ min: -10, max: 10, noNaN: true });
const evidence: fc.Arbitrary<Evidence> = fc.record({ pass: fc.array(value, { maxLength: 6 }), reject: fc.array(value, { maxLength: 6 }) });
/** Evidence of 1-6 clips, by clip name. */
const byClip = fc.array(evidence, { minLength: 1, maxLength: 6 }).map((list) => new Map(list.map((e, i) => [`clip-${i}`, e])));

describe('midwayRule', () => {
  it('sets the threshold midway between the lowest pass and the highest reject', () => {
    const d = midwayRule([{ pass: [0.14, 0.2], reject: [] }, { pass: [], reject: [0.01] }], 0);
    expect(d?.value).toBeCloseTo(0.075, 10);
    expect(d).toMatchObject({ lowestPass: 0.14, highestReject: 0.01, rejectFromClips: true, clips: 2 });
  });

  it('takes the physical reference as the other side when no clip shows a higher reject', () => {
    const d = midwayRule([{ pass: [0.12], reject: [-0.3] }], 0);
    expect(d).toMatchObject({ value: 0.06, highestReject: 0, rejectFromClips: false, clips: 1 });
  });

  it('derives nothing without a value that must pass', () => {
    expect(midwayRule([{ pass: [], reject: [0.5] }, NO_EVIDENCE], 0)).toBeUndefined();
    expect(midwayRule([], 0)).toBeUndefined();
  });

  it('gives a value between the reference-or-reject side and the lowest pass, whatever the evidence', () => {
    fc.assert(fc.property(fc.array(evidence, { maxLength: 6 }), value, (list, reference) => {
      const d = midwayRule(list, reference);
      const passes = list.flatMap((e) => e.pass);
      if (passes.length === 0) { expect(d).toBeUndefined(); return; }
      const stop = Math.max(reference, ...list.flatMap((e) => e.reject));
      expect(d!.value).toBeCloseTo((Math.min(...passes) + stop) / 2, 10);
    }));
  });
});

describe('deriveWithout (a clip left out)', () => {
  it('never depends on the left-out clip\'s evidence', () => {
    fc.assert(fc.property(byClip, fc.nat(), evidence, value, (clips, at, other, reference) => {
      const leftOut = `clip-${at % clips.size}`;
      const replaced = new Map(clips).set(leftOut, other);
      expect(deriveWithout(replaced, leftOut, reference)).toEqual(deriveWithout(clips, leftOut, reference));
    }));
  });

  it('changes nothing when the left-out clip\'s evidence is not extreme', () => {
    fc.assert(fc.property(byClip, fc.nat(), value, (clips, at, reference) => {
      const leftOut = `clip-${at % clips.size}`;
      const others = [...clips].filter(([k]) => k !== leftOut).map(([, e]) => e);
      const lowestOther = Math.min(...others.flatMap((e) => e.pass));
      const highestOther = Math.max(reference, ...others.flatMap((e) => e.reject));
      const mine = clips.get(leftOut)!;
      const extreme = mine.pass.some((v) => v <= lowestOther) || mine.reject.some((v) => v >= highestOther);
      fc.pre(!extreme);
      const all = midwayRule([...clips.values()], reference);
      expect(deriveWithout(clips, leftOut, reference)?.value).toBe(all?.value);
    }));
  });

  it('moves the threshold when the left-out clip held the lowest pass', () => {
    const clips = new Map<string, Evidence>([['a', { pass: [0.053], reject: [] }], ['b', { pass: [0.164], reject: [] }]]);
    expect(midwayRule([...clips.values()], 0)?.value).toBeCloseTo(0.0265, 10);
    expect(deriveWithout(clips, 'a', 0)?.value).toBeCloseTo(0.082, 10);
  });
});
