// Two years of weekly synthetic sessions of every task for one child, for the progress browser test, the screenshots
// and the progress benchmarks. Results imitate the engine's shapes closely enough for the charted metrics (counts,
// item scores with 0/1 criteria, set summaries, balance holds with sway, crawl pattern and cadence), with slow
// improvement and seeded noise; every fifth week has a second session on the same day (a repeated trial).
import { TASK_IDS, type TaskId, type TaskResultBase } from '../analysis/index.ts';
import type { SessionInfo } from './sessions.ts';

export const HISTORY_WEEKS = 104;
const DAY_MS = 86_400_000;

/** Deterministic uniform numbers in [0, 1) (a linear congruential generator: enough for plausible noise). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state / 4294967296; };
}

const criteria = (ids: readonly string[], met: (i: number) => boolean) =>
  ids.map((id, i) => ({ id, label: id.replace(/-/g, ' '), score: met(i) ? 1 : 0, evidence: 'synthetic' }));

const summary = (values: readonly number[]) => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { best: Math.max(...values), mean, cv: 0.1 };
};

function jumps(task: 'two-foot-jump' | 'standing-long-jump', progress: number, r: () => number): TaskResultBase {
  const count = 3 + Math.round(progress * 5 + r() * 2);
  const reps = Array.from({ length: count }, (_, i) => {
    const heightCm = 8 + progress * 6 + r() * 2;
    const distanceNorm = 0.5 + progress * 0.4 + r() * 0.08;
    return {
      index: i + 1, takeoffTMs: i * 1500, landingTMs: i * 1500 + 300, flightMs: { value: 280, plusMinus: 33 },
      heightCm: { value: heightCm, plusMinus: 1.5 }, kneeFlexionAtLandingDeg: 40, landingStable: true, flags: [],
      ...(task === 'standing-long-jump' ? { distanceNorm, distanceCm: distanceNorm * 110, direction: 'right' } : {}),
      criteria: criteria(['prep-crouch', 'arms-swing', 'two-foot-takeoff', 'two-foot-landing'], (c) => r() < 0.45 + progress * 0.5 - c * 0.05),
    };
  });
  const firstTwo = reps.slice(0, 2).flatMap((rep) => rep.criteria);
  const setSummary = task === 'two-foot-jump'
    ? { heightCm: summary(reps.map((x) => x.heightCm.value)), flightMs: summary([280]), rejectedAlternating: 0, rejectedNoHipRise: 0 }
    : { distanceNorm: summary(reps.map((x) => x.distanceNorm!)), distanceCm: summary(reps.map((x) => x.distanceCm!)), flightMs: summary([280]) };
  return { task, flags: [], count, reps, view: 'side', setSummary,
    itemScore: { protocol: 'TGMD-3, first 2 trials', score: firstTwo.reduce((a, c) => a + c.score, 0), max: firstTwo.length, trials: 2, notScorable: [] },
  } as TaskResultBase;
}

function jacks(progress: number, r: () => number): TaskResultBase {
  const count = 4 + Math.round(progress * 8 + r() * 3);
  const ids = ['arms-overhead', 'legs-apart', 'together', 'rhythm'];
  const reps = Array.from({ length: count }, (_, i) => ({
    index: i + 1, openTMs: i * 900, armReachNorm: 0.2, handsOverhead: true, legSpreadRatio: 1.8, armLegLagMs: 40, legsNotVisible: false, flags: [],
    criteria: criteria(ids, (c) => r() < 0.5 + progress * 0.45 - c * 0.05),
  }));
  const elements = ids.map((id, c) => {
    const observed = reps.filter((rep) => rep.criteria[c]!.score === 1).length;
    return { id, label: id, score: observed === count ? 2 : observed > 0 ? 1 : 0, observedReps: observed, scorableReps: count };
  });
  return { task: 'jumping-jack', flags: [], count, reps, elements, setSummary: {},
    itemScore: { protocol: 'CTAPE #22 style', score: elements.reduce((a, e) => a + e.score, 0), max: 8, trials: count, notScorable: [] },
  } as TaskResultBase;
}

function hops(progress: number, r: () => number): TaskResultBase {
  const longestRun = 2 + Math.round(progress * 6 + r() * 2);
  const runs = [0, 1].map((k) => ({ support: 'right', hops: Math.max(1, longestRun - k),
    criteria: criteria(['pendulum', 'free-foot-behind', 'arms-swing', 'consecutive'], (c) => r() < 0.4 + progress * 0.5 - c * 0.05) }));
  const count = runs.reduce((a, x) => a + x.hops, 0);
  const scored = runs.flatMap((x) => x.criteria);
  return { task: 'hop', flags: [], count, reps: [], runs, side: 'right', view: 'side',
    setSummary: { hopsBySide: { left: 0, right: count }, longestRun },
    itemScore: { protocol: 'TGMD-3 hop, first 2 runs', score: scored.reduce((a, c) => a + c.score, 0), max: scored.length, trials: 2, notScorable: [] },
  } as TaskResultBase;
}

function balance(task: 'single-leg-stance' | 'tandem-stance', progress: number, r: () => number): TaskResultBase {
  const hold = (leg: string) => {
    const durationS = Math.min(20, 3 + progress * 14 + r() * 3 - (leg === 'left' ? 1.5 : 0));
    return { startMs: 0, endMs: durationS * 1000, durationS, uncertaintyS: 0.07, endReason: durationS >= 20 ? 'trial complete' : 'touch-down',
      sway: { pathMlNormPerS: 0.02, pathVNormPerS: 0.01, pathNormPerS: 0.06 - progress * 0.03 + r() * 0.01, rangeMlNorm: 0.02, rangeVNorm: 0.01, measuredS: durationS },
      maxTrunkLeanDeg: 8, maxLiftedThighDeg: 20, armExcursions: 1, errors: [], ...(task === 'single-leg-stance' ? { standingLeg: leg } : { frontFoot: 'left', view: 'side' }) };
  };
  const holds = task === 'single-leg-stance' ? [hold('left'), hold('right')] : [hold('left')];
  const errorScore = Math.max(0, Math.min(10, Math.round(8 - progress * 6 + r() * 2)));
  const longestHoldS = task === 'single-leg-stance' ? { left: holds[0]!.durationS, right: holds[1]!.durationS } : holds[0]!.durationS;
  return { task, flags: [], protocol: 'timed-trial', holds, longestHoldS, errors: [], errorScore,
    ...(task === 'tandem-stance' ? { view: 'side', notJudged: [] } : {}) } as TaskResultBase;
}

function crawl(progress: number, r: () => number): TaskResultBase {
  const pattern = progress < 0.2 ? 'commando' : progress < 0.35 ? 'homolateral' : 'reciprocal';
  const confidence = 0.5 + r() * 0.4;
  const cycles = 4 + Math.round(progress * 6);
  return { task: 'crawl', flags: [], cycles, pattern, confidence, evidence: [], view: 'side', posture: 'hands-knees',
    postureShare: {}, steps: {}, phaseLags: {}, cadencePerMin: 20 + progress * 15 + r() * 4, durationS: 20,
    distanceBodyLengths: null, distanceM: null, symmetry: 0.9, gmfmHint: '', meanLimbScore: 0.6, recommendedModel: 'movenet-thunder',
    cycleList: Array.from({ length: cycles }, (_, i) => ({ hand: i % 2 === 0 ? 'left' : 'right', startMs: i * 1500, endMs: i * 1500 + 1500 })),
    stepList: [] } as TaskResultBase;
}

export function syntheticResult(task: TaskId, progress: number, r: () => number): TaskResultBase {
  switch (task) {
    case 'two-foot-jump': case 'standing-long-jump': return jumps(task, progress, r);
    case 'jumping-jack': return jacks(progress, r);
    case 'hop': return hops(progress, r);
    case 'single-leg-stance': case 'tandem-stance': return balance(task, progress, r);
    case 'crawl': return crawl(progress, r);
  }
}

export interface HistorySession {
  readonly info: SessionInfo;
  readonly result: TaskResultBase;
}

/** Weekly sessions of every task over `weeks` weeks ending the week before `endMs`, oldest first. */
export function syntheticHistory(childId: string, endMs: number, weeks = HISTORY_WEEKS, seed = 7): HistorySession[] {
  const r = lcg(seed);
  const out: HistorySession[] = [];
  for (let w = 0; w < weeks; w++) {
    const dayMs = endMs - (weeks - w) * 7 * DAY_MS;
    TASK_IDS.forEach((task, k) => {
      const repeats = w % 5 === 0 ? 2 : 1;
      for (let rep = 0; rep < repeats; rep++) {
        const startedAtMs = dayMs + k * 600_000 + rep * 1_800_000;
        out.push({
          info: { childId, task, protocol: task.endsWith('stance') ? 'timed-trial' : 'standard', settings: {}, startedAtMs,
            source: 'file', fileName: `${task}-week-${w + 1}.mp4`, model: w % 3 === 0 ? 'movenet-thunder' : 'movenet-lightning', backend: 'wasm', engineVersion: '0.1.0' },
          result: syntheticResult(task, w / weeks, r),
        });
      }
    });
  }
  return out;
}
