// The set controller's state machine with an injected clock and a recording runner: the setup gate, the countdown,
// pausing on leaving the picture or a hidden tab (nothing forwarded, so nothing counted), and the test protocol.
import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, TASK_TABLE, type Keypoint, type PoseFrame, type TaskResultBase } from '../../analysis/index.ts';
import { syntheticJumpResult } from '../../records/synthetic.ts';
import type { RunStart } from '../task-run.ts';
import { bestAndSum } from '../../ui/index.ts';
import { COUNTDOWN_S, createSetController, type SetClock } from './set-controller.ts';

const START: RunStart = { source: 'live', fileName: null, model: 'movenet-lightning', backend: 'wasm: test' };

/** A standing body well inside a 640x480 picture (passes every setup check). */
const body = (tMs: number): PoseFrame => {
  const ys = [110, 104, 104, 108, 108, 150, 150, 195, 195, 235, 235, 245, 245, 305, 305, 370, 370];
  const xs = [320, 326, 314, 334, 306, 345, 295, 352, 288, 355, 285, 335, 305, 337, 303, 338, 302];
  return { tMs, keypoints: KEYPOINT_NAMES.map((_, i): Keypoint => [xs[i]!, ys[i]!, 0.8]), luma: 0.6 };
};
const nobody = (tMs: number): PoseFrame => ({ tMs, keypoints: null, luma: 0.6 });

function fakeClock(): SetClock & { advance(ms: number): void } {
  let nowMs = 0;
  const timers: { at: number; fn: () => void }[] = [];
  return {
    after(ms, fn) {
      const t = { at: nowMs + ms, fn };
      timers.push(t);
      return () => { const i = timers.indexOf(t); if (i >= 0) timers.splice(i, 1); };
    },
    advance(ms) {
      const until = nowMs + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > until) break;
        timers.shift();
        nowMs = next.at;
        next.fn();
      }
      nowMs = until;
    },
  };
}

function setUp(mode: 'protocol' | 'free' = 'free') {
  const clock = fakeClock();
  const log: string[] = [];
  const begun: RunStart[] = [];
  const forwarded: number[] = [];
  let result: TaskResultBase | null = null;
  const cues: string[] = [];
  const set = createSetController({
    clock,
    runner: {
      begin(s) { begun.push(s); log.push('begin'); forwarded.length = 0; },
      frame(f) { forwarded.push(f.tMs); },
      end(how) { log.push(`end ${how}`); result = syntheticJumpResult(forwarded.length); },
    },
    lastResult: () => result,
    cue: (what, n) => cues.push(n === undefined ? what : `${what} ${n}`),
  });
  set.actions.open({ mode, task: TASK_TABLE['two-foot-jump'] });
  set.sink.begin(START);
  let tMs = 0;
  /** Camera frames every 33 ms for `ms`, of the given kind. */
  const feed = (ms: number, frame = body) => {
    for (const end = tMs + ms; tMs < end; tMs += 33) set.sink.frame(frame(tMs), 640, 480);
  };
  /** Setup held, start pressed, countdown run. */
  const startTrial = () => {
    feed(1100);
    set.actions.startTrial();
    clock.advance(COUNTDOWN_S * 1000);
  };
  return { set, clock, log, begun, forwarded, cues, feed, startTrial };
}

describe('set controller', () => {
  it('waits for the setup check to hold 1 s before the start button works, then counts down 3, 2, 1', () => {
    const { set, feed, clock, log, cues } = setUp();
    feed(500);
    set.actions.startTrial();
    expect(set.view.phase.value).toBe('setup');
    expect(set.view.gate.value.state).toBe('holding');
    feed(600);
    expect(set.view.gate.value.state).toBe('ready');
    set.actions.startTrial();
    expect(set.view.phase.value).toBe('countdown');
    expect(set.view.countdown.value).toBe(3);
    clock.advance(2000);
    expect(set.view.countdown.value).toBe(1);
    expect(log).toEqual([]);
    clock.advance(1000);
    expect(set.view.phase.value).toBe('running');
    expect(log).toEqual(['begin']);
    expect(cues).toEqual(['countdown 3', 'countdown 2', 'countdown 1', 'start']);
  });

  it('keeps the start blocked with the reason while nobody is in the picture', () => {
    const { set, feed } = setUp();
    feed(2000, nobody);
    set.actions.startTrial();
    expect(set.view.phase.value).toBe('setup');
    expect(set.view.gate.value.state).toBe('blocked');
    expect(set.view.gate.value.reason?.advice).toMatch(/No one is in the picture/);
  });

  it('lets a therapist override a blocked check and saves the override with that trial only', () => {
    const { set, feed, clock, begun } = setUp();
    feed(500, nobody);
    set.actions.startTrial(true);
    clock.advance(3000);
    expect(set.view.phase.value).toBe('running');
    expect(begun[0]?.session?.live).toEqual({ step: 'free', trial: null, scoredTrials: null, setupOverride: true });
  });

  it('forwards frames only while running: leaving the picture pauses after 0.5 s and nothing is counted until back for 1 s', () => {
    const { set, feed, forwarded, startTrial, cues } = setUp();
    startTrial();
    feed(330);
    const before = forwarded.length;
    expect(before).toBeGreaterThan(5);
    feed(2000, nobody);
    expect(set.view.phase.value).toBe('paused');
    expect(set.view.pauseReason.value).toBe('left');
    expect(cues).toContain('pause');
    const whilePaused = forwarded.length;
    // Only the empty frames of the first 0.5 s (before the pause took hold) went through.
    expect(whilePaused - before).toBeLessThanOrEqual(16);
    feed(900);
    expect(set.view.phase.value).toBe('paused');
    expect(forwarded.length).toBe(whilePaused);
    feed(200);
    expect(set.view.phase.value).toBe('running');
    expect(forwarded.length).toBeGreaterThan(whilePaused);
  });

  it('pauses while the tab is hidden and resumes when shown', () => {
    const { set, feed, forwarded, startTrial } = setUp();
    startTrial();
    set.actions.setHidden(true);
    const n = forwarded.length;
    feed(1000);
    expect(set.view.phase.value).toBe('paused');
    expect(set.view.pauseReason.value).toBe('hidden');
    expect(forwarded.length).toBe(n);
    set.actions.setHidden(false);
    feed(100);
    expect(set.view.phase.value).toBe('running');
    expect(forwarded.length).toBeGreaterThan(n);
  });

  it('stopping during the countdown goes back to the setup check without starting a trial', () => {
    const { set, feed, clock, log } = setUp();
    feed(1100);
    set.actions.startTrial();
    clock.advance(1000);
    set.actions.endTrial();
    clock.advance(5000);
    expect(set.view.phase.value).toBe('setup');
    expect(log).toEqual([]);
  });

  it('runs the protocol: demonstration, an unsaved practice, then 2 scored trials saved as trials 1 and 2, best and sum', () => {
    const { set, feed, log, begun, startTrial } = setUp('protocol');
    expect(set.view.phase.value).toBe('demo');
    set.actions.startTrial();
    expect(log).toEqual([]); // no start during the demonstration
    set.actions.demoDone();
    expect(set.view.step.value).toEqual({ kind: 'practice' });
    startTrial();
    feed(330);
    set.actions.endTrial();
    expect(set.view.step.value).toEqual({ kind: 'scored', trial: 1 });
    expect(set.view.phase.value).toBe('setup');
    startTrial();
    feed(660);
    set.actions.endTrial();
    startTrial();
    feed(330);
    set.actions.endTrial();
    expect(set.view.phase.value).toBe('done');
    expect(log).toEqual(['begin', 'end complete', 'begin', 'end complete', 'begin', 'end complete']);
    expect(begun.map((b) => b.session?.save)).toEqual([false, true, true]);
    expect(begun.map((b) => b.session?.live?.trial ?? null)).toEqual([null, 1, 2]);
    const trials = set.view.trials.value;
    expect(trials.map((t) => t.step.kind)).toEqual(['practice', 'scored', 'scored']);
    const [, first, second] = trials.map((t) => t.value!);
    expect(first).toBeGreaterThan(second!);
    expect(bestAndSum(trials)).toEqual({ best: first, sum: first! + second! });
  });

  it('takes the number of scored trials from the task when it says', () => {
    const { set, startTrial } = setUp('protocol');
    set.actions.open({ mode: 'protocol', task: TASK_TABLE['two-foot-jump'], scoredTrials: 1 });
    set.actions.demoDone();
    startTrial();
    set.actions.endTrial();
    startTrial();
    set.actions.endTrial();
    expect(set.view.phase.value).toBe('done');
  });

  it('ends a running trial when the camera stops, as the person chose', () => {
    const { set, log, startTrial } = setUp();
    startTrial();
    set.sink.end('complete');
    expect(log).toEqual(['begin', 'end complete']);
  });
});

describe('set controller with a video file', () => {
  it('passes a file\'s frames straight to the runner: no setup check, countdown or pause', () => {
    const { set, log, forwarded } = setUp();
    set.sink.begin({ ...START, source: 'file', fileName: 'clip.mp4' });
    for (let t = 0; t < 1000; t += 33) set.sink.frame(nobody(t), 640, 480);
    set.sink.end('complete');
    expect(log).toEqual(['begin', 'end complete']);
    expect(forwarded.length).toBe(31);
  });
});

describe('set controller and the task\'s own needs', () => {
  it('runs as many scored trials as the task asks for', () => {
    const { set, startTrial } = setUp('protocol');
    set.actions.open({ mode: 'protocol', task: { ...TASK_TABLE['two-foot-jump'], live: { scoredTrials: 3 } } });
    set.actions.demoDone();
    for (let i = 0; i < 3; i++) { startTrial(); set.actions.endTrial(); }
    expect(set.view.phase.value).toBe('setup');
    startTrial();
    set.actions.endTrial();
    expect(set.view.phase.value).toBe('done');
    expect(set.view.trials.value.filter((t) => t.step.kind === 'scored')).toHaveLength(3);
  });
});
