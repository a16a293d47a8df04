// The setup check, its 1 s gate and the presence tracker: synthetic bodies for each rule, and the committed fixture
// tracks for real MoveNet output (a still child facing the camera passes; a close-up with the feet cut off does not).
import { describe, expect, it } from 'vitest';
import { fixtureTrackPath } from '../../cli/clips.ts';
import { readTrackFile } from '../../cli/track-from-file.ts';
import { KEYPOINT_NAMES, KP, type Keypoint, type KeypointName, type PoseFrame } from '../types.ts';
import { TASK_TABLE } from '../tasks/table.ts';
import { DEFAULT_SETUP_CONFIG, createPresenceTracker, createSetupGate, evaluateSetup, type SetupEvaluation } from './index.ts';

const PIC = { width: 640, height: 480 };

/** A standing child facing the camera, 60% of the picture's height, centred; `edit` moves or hides points. */
function standing(edit: Partial<Record<KeypointName, Keypoint>> = {}, tMs = 0): PoseFrame {
  const at: Record<KeypointName, [number, number]> = {
    nose: [320, 110], left_eye: [326, 104], right_eye: [314, 104], left_ear: [334, 108], right_ear: [306, 108],
    left_shoulder: [345, 150], right_shoulder: [295, 150], left_elbow: [352, 195], right_elbow: [288, 195],
    left_wrist: [355, 235], right_wrist: [285, 235], left_hip: [335, 245], right_hip: [305, 245],
    left_knee: [337, 305], right_knee: [303, 305], left_ankle: [338, 370], right_ankle: [302, 370],
  };
  const keypoints = KEYPOINT_NAMES.map((n): Keypoint => edit[n] ?? [...at[n], 0.8]);
  return { tMs, keypoints };
}
const ids = (e: SetupEvaluation) => e.failures.map((f) => f.id);
const scaled = (f: PoseFrame, s: number): PoseFrame => ({ tMs: f.tMs, keypoints: f.keypoints!.map(([x, y, c]) => [320 + (x - 320) * s, 240 + (y - 240) * s, c]) });

describe('evaluateSetup', () => {
  it('passes a whole, confident, well-placed body in a lit picture', () => {
    const e = evaluateSetup(standing(), { ...PIC, luma: 0.5 });
    expect(e).toMatchObject({ ok: true, failures: [] });
    expect(e.bodyExtentFrac).toBeCloseTo((370 - 104) / 480, 3);
  });

  it('asks to step back when the feet are unseen or clamped to the bottom edge, with the sentence to read', () => {
    const unseen = evaluateSetup(standing({ left_ankle: [338, 370, 0.1], right_ankle: [302, 370, 0.05] }), PIC);
    expect(ids(unseen)).toEqual(['feet']);
    expect(unseen.failures[0]!.advice).toMatch(/feet are in the picture/);
    const clamped = evaluateSetup(standing({ left_ankle: [338, 479, 0.6], right_ankle: [302, 479.5, 0.5] }), PIC);
    expect(ids(clamped)).toEqual(['feet']);
  });

  it('accepts one ankle or one knee (a side view or an infant\'s low leg scores) but not none', () => {
    expect(evaluateSetup(standing({ right_ankle: [302, 370, 0.1], right_knee: [303, 305, 0.2] }), PIC).ok).toBe(true);
    expect(ids(evaluateSetup(standing({ left_knee: [0, 0, 0.1], right_knee: [0, 0, 0.2] }), PIC))).toEqual(['knees']);
  });

  it('says no one is there for an empty frame, and the light first when it is too dark', () => {
    expect(ids(evaluateSetup({ tMs: 0, keypoints: null }, PIC))).toEqual(['person']);
    expect(ids(evaluateSetup({ tMs: 0, keypoints: null }, { ...PIC, luma: DEFAULT_SETUP_CONFIG.minLuma / 2 }))).toEqual(['light', 'person']);
  });

  it('does not judge light it was not given', () => {
    expect(evaluateSetup(standing(), PIC).ok).toBe(true);
  });

  it('says too far for a small body and too close for one spanning nearly the whole picture', () => {
    expect(ids(evaluateSetup(scaled(standing(), 0.4), PIC))).toEqual(['too-far']);
    const near = scaled(standing(), 1.75); // 455 of 480 px: inside the picture, but no room to jump
    expect(ids(evaluateSetup(near, PIC))).toEqual(['too-close']);
  });

  it('flags a skeleton whose limb reaches another body (a thigh three times its pair) as not one body', () => {
    const e = evaluateSetup(standing({ left_knee: [560, 420, 0.6], left_ankle: [600, 440, 0.6] }), PIC);
    expect(ids(e)).toContain('one-body');
  });

  it('passes a still child facing the camera in a real clip and blocks the close-up with the feet cut off', () => {
    const wall = readTrackFile(fixtureTrackPath('jumping-jacks/jj-white-wall.mp4'));
    // labels.json: standing still at frames 0-12.
    expect(wall.frames.slice(0, 12).every((f) => evaluateSetup(f, wall).ok)).toBe(true);
    const cuts = readTrackFile(fixtureTrackPath('jumping-jacks/jj-studio-cuts.mp4'));
    // labels.json: a close-up with the feet out of frame from about frame 126 to 206; checked well inside it.
    const closeUp = cuts.frames.slice(135, 195).map((f) => evaluateSetup(f, cuts));
    expect(closeUp.filter((e) => e.ok).length / closeUp.length).toBeLessThan(0.2);
    // Every blocked frame says what to change about the framing: never light (not measured here) nor "no one".
    expect(closeUp.flatMap(ids).filter((id) => id === 'light' || id === 'person')).toEqual([]);
  });
});

const ok: SetupEvaluation = { ok: true, failures: [], bodyExtentFrac: 0.5 };
const noFeet = evaluateSetup(standing({ left_ankle: [0, 0, 0], right_ankle: [0, 0, 0] }), PIC);

describe('createSetupGate', () => {
  it('turns ready only after the checks have held for 1 s of frame time', () => {
    const gate = createSetupGate();
    expect(gate.push(0, ok).state).toBe('holding');
    expect(gate.push(999, ok)).toMatchObject({ state: 'holding', heldMs: 999 });
    expect(gate.push(1000, ok).state).toBe('ready');
  });

  it('starts the second over after a failure, and says why while blocked', () => {
    const gate = createSetupGate();
    gate.push(0, ok);
    gate.push(600, ok);
    const blocked = gate.push(700, noFeet);
    expect(blocked).toMatchObject({ state: 'blocked', heldMs: 0 });
    expect(blocked.reason?.advice).toMatch(/feet/);
    gate.push(800, ok);
    expect(gate.push(1700, ok).state).toBe('holding');
    expect(gate.push(1800, ok).state).toBe('ready');
  });

  it('keeps a ready check through a short failure (motion blur) and drops it after releaseMs', () => {
    const gate = createSetupGate();
    gate.push(0, ok);
    gate.push(1000, ok);
    expect(gate.push(1100, noFeet).state).toBe('ready');
    expect(gate.push(1100 + DEFAULT_SETUP_CONFIG.releaseMs - 1, noFeet).state).toBe('ready');
    expect(gate.push(1100 + DEFAULT_SETUP_CONFIG.releaseMs, noFeet).state).toBe('blocked');
  });
});

describe('createPresenceTracker', () => {
  const empty = (tMs: number): PoseFrame => ({ tMs, keypoints: null });
  it('pauses only after 0.5 s without the child and resumes after 1 s back', () => {
    const p = createPresenceTracker();
    expect(p.push(standing({}, 0))).toBe(true);
    expect(p.push(empty(100))).toBe(true);
    expect(p.push(empty(599))).toBe(true);
    expect(p.push(empty(600))).toBe(false);
    expect(p.push(standing({}, 700))).toBe(false);
    expect(p.push(standing({}, 1699))).toBe(false);
    expect(p.push(standing({}, 1700))).toBe(true);
  });

  it('counts a pose with too few confident points (an empty room\'s guess) as nobody', () => {
    const p = createPresenceTracker();
    const faint = (tMs: number): PoseFrame => ({ tMs, keypoints: KEYPOINT_NAMES.map((_, i): Keypoint => [10, 10, i < KP.left_shoulder ? 0.5 : 0.1]) });
    p.push(faint(0));
    expect(p.push(faint(500))).toBe(false);
  });
});

describe('a task\'s own setup parts', () => {
  it('judges only the parts the task asks for (a crawl does not need the feet)', () => {
    const noFeet = standing({ left_ankle: [0, 0, 0], right_ankle: [0, 0, 0] });
    expect(evaluateSetup(noFeet, PIC).ok).toBe(false);
    const crawlParts = TASK_TABLE.crawl.live?.setupParts;
    expect(crawlParts).toBeDefined();
    expect(evaluateSetup(noFeet, PIC, { ...DEFAULT_SETUP_CONFIG, requiredParts: crawlParts! }).ok).toBe(true);
  });
});
