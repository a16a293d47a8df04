// Synthetic edge cases for the jumping-jack counter and grader (tests/helpers/synthetic-jumps.ts).
import { describe, expect, it } from 'vitest';
import { analyzeFrames, type PoseFrame, type SourceInfo } from '../../index.ts';
import { bump, syntheticJumpTrack, type JumpPose } from '../../../../tests/helpers/synthetic-jumps.ts';
import { ELBOWS_FLAG } from './grader.ts';
import { JUMPING_JACK } from './index.ts';

const run = (t: { source: SourceInfo; frames: PoseFrame[] }) => analyzeFrames(JUMPING_JACK, t.source, t.frames);

/** Jacks of periodS from startS: arms to overhead and ankles out to 0.2 H from the midline, then back. */
function jacks(startS: number, count: number, periodS: number, opts: { legs?: boolean; legsLagS?: number } = {}): (tS: number) => JumpPose {
  return (tS) => {
    if (tS < startS || tS >= startS + count * periodS) return {};
    const k = Math.floor((tS - startS) / periodS);
    const arm = bump(tS, startS + k * periodS, periodS);
    const leg = bump(tS - (opts.legsLagS ?? 0), startS + k * periodS, periodS);
    return { armDeg: 175 * arm, ankleOffsetNorm: opts.legs === false ? 0.06 : 0.06 + 0.14 * leg };
  };
}

describe('jumping jack counting', () => {
  it('counts eight jacks at 30 fps and the same at 15 and 60 fps', () => {
    const counts = [15, 30, 60].map((fps) => run(syntheticJumpTrack(jacks(1, 8, 0.8), { durationS: 8, fps, noisePx: 1 })).count);
    expect(counts).toEqual([8, 8, 8]);
  });

  it('does not count arm raises while the legs stay together in view', () => {
    const result = run(syntheticJumpTrack(jacks(1, 4, 0.8, { legs: false }), { durationS: 5, noisePx: 1 }));
    expect(result.count).toBe(0);
    expect(result.setSummary.armRaisesWithoutLegs).toBe(4);
  });

  it('counts from the arms and flags each jack when the legs are out of view', () => {
    const hidden = (t: number): JumpPose => ({ ...jacks(1, 5, 0.8)(t), hideAnkles: true });
    const result = run(syntheticJumpTrack(hidden, { durationS: 6, noisePx: 1 }));
    expect(result.count).toBe(5);
    expect(result.reps.every((r) => r.legsNotVisible)).toBe(true);
    expect(result.flags.some((f) => f.startsWith('legs not visible'))).toBe(true);
  });

  it('flags only the jacks whose feet a close-up cuts off, with the pose model keeping the ankles on the border', () => {
    // Jacks every 0.8 s from 1 s; from 3.4 s to 5 s the child sits 0.3 H lower in the image (a close-up), which puts
    // the ankles 0.04 H below the bottom edge: MoveNet reports them on the edge with their scores (jj-studio-cuts).
    const cut = (t: number): JumpPose => ({ ...jacks(1, 8, 0.8)(t), bodyDownNorm: t >= 3.4 && t < 5 ? 0.3 : 0 });
    const result = run(syntheticJumpTrack(cut, { durationS: 8, noisePx: 1, outOfFrame: 'on-border' }));
    expect(result.count).toBe(8);
    expect(result.reps.map((r) => r.legsNotVisible)).toEqual([false, false, false, true, true, false, false, false]);
    for (const rep of result.reps.filter((r) => r.legsNotVisible)) {
      expect(rep.flags).toEqual(['legs not visible: counted from the arms']);
      expect(rep.legSpreadRatio).toBeUndefined();
      const feetApart = rep.criteria.find((c) => c.id === 'feet-apart')!;
      expect(feetApart.score).toBeNull();
      expect(feetApart.evidence).toMatch(/^legs not reliably visible: seen in 0 of \d+ open-position frames/);
      expect(rep.criteria.find((c) => c.id === 'arms-overhead')?.score).toBe(1);
    }
    expect(result.reps.filter((r) => !r.legsNotVisible).every((r) => r.criteria.every((c) => c.score === 1))).toBe(true);
    expect(result.flags).toContain('legs not visible: 2 of 8 jacks counted from the arms alone');
  });

  it('keeps grading the legs when they drop out for a few frames of the open position', () => {
    // 2 of every 0.8 s jack's ~13 open frames (30 fps) with the ankles unscored: well above the 75% share.
    const blinks = (t: number): JumpPose => ({ ...jacks(1, 6, 0.8)(t), hideAnkles: Math.abs(((t - 1) % 0.8) - 0.4) < 0.03 });
    const result = run(syntheticJumpTrack(blinks, { durationS: 7, noisePx: 1 }));
    expect(result.count).toBe(6);
    expect(result.reps.some((r) => r.legsNotVisible)).toBe(false);
  });

  it('still rejects an arm raise with the feet together when the legs are in view around a cut-off stretch', () => {
    const raises = (t: number): JumpPose => ({ ...jacks(1, 4, 0.8, { legs: false })(t), bodyDownNorm: t >= 1.6 && t < 2.4 ? 0.3 : 0 });
    const result = run(syntheticJumpTrack(raises, { durationS: 5, noisePx: 1, outOfFrame: 'on-border' }));
    expect(result.count).toBe(1); // the raise with the feet out of frame counts from the arms, flagged
    expect(result.reps[0]?.legsNotVisible).toBe(true);
    expect(result.setSummary.armRaisesWithoutLegs).toBe(3);
  });

  it('counts nothing while the child stands still', () => {
    expect(run(syntheticJumpTrack(() => ({}), { durationS: 4, noisePx: 1.5 })).count).toBe(0);
  });
});

describe('arms up from the elbows when the picture shows no wrist', () => {
  /** Jacks whose arms reach maxArmDeg, the wrists unscored while the arm is above hideAboveDeg. */
  const hiddenHands = (count: number, maxArmDeg: number, hideAboveDeg: number) => (tS: number): JumpPose => {
    const p = jacks(1, count, 0.8)(tS);
    const armDeg = ((p.armDeg ?? 0) * maxArmDeg) / 175;
    return { ...p, armDeg, hideWrists: armDeg > hideAboveDeg };
  };

  it('counts jacks whose wrists are unseen above horizontal from the elbows, flagged', () => {
    // Hidden from 95 degrees on, a seen wrist never rises past 0.333 H x cos(85) = 0.029 H: under arms.enter (0.05).
    const result = run(syntheticJumpTrack(hiddenHands(6, 175, 95), { durationS: 6.5, noisePx: 1 }));
    expect(result.count).toBe(6);
    for (const rep of result.reps) {
      expect(rep.armsUpBy).toBe('elbows');
      expect(rep.elbowReachNorm!).toBeGreaterThan(0.15); // a straight arm overhead: 0.166 H
      expect(rep.armsUpMargin?.decision).toMatch(/^jack \(elbows\)/);
      expect(rep.armsUpMargin?.threshold).toBeCloseTo(0.028, 4);
      expect(rep.flags).toEqual([ELBOWS_FLAG]);
    }
  });

  it('counts jacks whose hands and elbows lie on the top border of a close-up, from the elbows', () => {
    // The child 0.367 H higher in the image: shoulders at y 15 of 480, so a wrist on the border is 0.042 H above them
    // (under arms.enter) and MoveNet-style clamping puts wrists and elbows on y 0 with their scores.
    const closeUp = (tS: number): JumpPose => ({ ...jacks(1, 5, 0.8)(tS), bodyDownNorm: -0.367 });
    const result = run(syntheticJumpTrack(closeUp, { durationS: 5.5, noisePx: 1, outOfFrame: 'on-border' }));
    expect(result.count).toBe(5);
    expect(result.reps.every((r) => r.armsUpBy === 'elbows' && r.armReachNorm! < 0.05)).toBe(true);
  });

  it('does not take elbows short of the same arm raise for arms up (arms 5 degrees above horizontal, wrists unseen)', () => {
    const result = run(syntheticJumpTrack(hiddenHands(5, 95, 60), { durationS: 5.5, noisePx: 1 }));
    expect(result.count).toBe(0);
    expect(result.setSummary.armRaisesWithoutLegs).toBe(0);
  });

  it('never counts arms down without the wrists: elbows alone open a jack, they do not close it', () => {
    const result = run(syntheticJumpTrack(hiddenHands(5, 175, -1), { durationS: 5.5, noisePx: 1 }));
    expect(result.count).toBe(0);
  });

  it('reads only the wrists while a wrist is in the picture', () => {
    const result = run(syntheticJumpTrack(jacks(1, 6, 0.8), { durationS: 6.5, noisePx: 1 }));
    expect(result.count).toBe(6);
    expect(result.reps.every((r) => r.armsUpBy === 'wrists' && r.elbowReachNorm === undefined)).toBe(true);
    expect(result.reps.every((r) => r.armsUpMargin?.decision === 'jack: wrists rose above arms.enter')).toBe(true);
  });
});

describe('jumping jack grading', () => {
  it('marks every element observed every time for clean jacks', () => {
    const result = run(syntheticJumpTrack(jacks(1, 6, 0.8), { durationS: 7 }));
    expect(result.elements.map((e) => [e.id, e.score])).toEqual([
      ['start-feet-together', 2], ['start-arms-down', 2], ['feet-apart', 2], ['arms-overhead', 2], ['synchronised', 2]]);
    expect(result.itemScore.score).toBe(10);
  });

  it('scores the arms and legs as not synchronised when the legs open 250 ms late', () => {
    const rep = run(syntheticJumpTrack(jacks(1, 3, 1, { legsLagS: 0.25 }), { durationS: 5 })).reps[0]!;
    expect(rep.armLegLagMs!).toBeGreaterThan(150);
    expect(rep.criteria.find((c) => c.id === 'synchronised')?.score).toBe(0);
  });

  it('reports the rhythm of the set', () => {
    const result = run(syntheticJumpTrack(jacks(1, 8, 0.8), { durationS: 8 }));
    expect(result.setSummary.rhythm?.meanPeriodMs).toBeCloseTo(800, -1);
    expect(result.setSummary.rhythm?.periodCv).toBeLessThan(0.05);
  });
});
