// The crawl task: counts crawl cycles and limb steps from pose frames and classifies the crawling pattern. Frames
// feed per-limb step counters (session-state.ts); finish() picks the view and posture of the session, measures the
// phase lags between limbs (phase.ts), classifies the pattern (pattern.ts) and adds the session metrics (grader.ts).
import type { PoseFrame, SourceInfo } from '../../types.ts';
import type { TaskAnalyzer, TaskEvent, TaskProgress } from '../types.ts';
import type { CrawlConfig } from './constants.ts';
import { cadencePerMin, crawlDistance, gmfmHint } from './grader.ts';
import { classifyPattern } from './pattern.ts';
import { handSymmetry, phaseLags } from './phase.ts';
import { CrawlSessionState, POSTURES } from './session-state.ts';
import { LIMBS, type CrawlCycle, type CrawlPosture, type CrawlResult, type CrawlView, type Limb, type LimbStep } from './types.ts';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)]!;
};

export class CrawlAnalyzer implements TaskAnalyzer<CrawlResult> {
  private readonly state: CrawlSessionState;
  private cyclesShown = 0;

  constructor(private readonly source: SourceInfo, private readonly config: CrawlConfig) {
    this.state = new CrawlSessionState(config);
  }

  push(frame: PoseFrame): readonly TaskEvent[] {
    const steps = this.state.push(frame.tMs, frame.keypoints);
    if (steps.length === 0) return [];
    const cycles = this.liveCycles();
    if (cycles <= this.cyclesShown) return [];
    this.cyclesShown = cycles;
    return [{ kind: 'crawl-cycle', tMs: frame.tMs, message: `Cycle ${cycles}` }];
  }

  progress(): TaskProgress {
    const posture = this.sessionPosture(this.state.view());
    const visible = this.state.frames === 0 ? 0 : this.state.handFrames / this.state.frames;
    const status = visible < 0.5 ? 'hands not visible' : posture === 'unknown' ? 'posture not recognised' : `${posture}, ${this.state.view()} view`;
    return { count: this.liveCycles(), unit: 'cycles', status };
  }

  /** Steps of the busier hand in the current view; O(1) per call so that live analysis stays cheap. */
  private liveCycles(): number {
    const channels = this.state.channels.get(`${this.state.view()}/knees`) ?? [];
    return channels.reduce((most, c) => (c.limb.endsWith('Hand') ? Math.max(most, c.steps.length) : most), 0);
  }

  /** Hands from the knees set; legs from the feet set (ankles) on hands and feet. */
  private viewSteps(view: CrawlView, onFeet: boolean): LimbStep[] {
    const knees = this.state.channels.get(`${view}/knees`) ?? [];
    const legs = onFeet ? this.state.channels.get(`${view}/feet`) ?? [] : knees.filter((c) => c.limb.endsWith('Knee'));
    return [...knees.filter((c) => c.limb.endsWith('Hand')), ...legs].flatMap((c) => c.steps).sort((a, b) => a.tMs - b.tMs);
  }

  private postureShare(view: CrawlView): Record<CrawlPosture, number> {
    const tally = this.state.postureMs[view];
    const total = POSTURES.reduce((sum, p) => sum + tally[p], 0);
    return Object.fromEntries(POSTURES.map((p) => [p, total > 0 ? tally[p] / total : 0])) as Record<CrawlPosture, number>;
  }

  /** The posture holding most of the known time; unknown when nothing was recognised. */
  private sessionPosture(view: CrawlView): CrawlPosture {
    const share = this.postureShare(view);
    const known = POSTURES.filter((p) => p !== 'unknown');
    const best = known.reduce((a, b) => (share[b] > share[a] ? b : a));
    return share[best] > 0 ? best : 'unknown';
  }

  /** Net forward travel of the trunk centre in trunk lengths (side view only: a front-view camera follows the child). */
  private travelNorm(view: CrawlView): number | null {
    const c = this.state.centre;
    if (view !== 'side' || c.length < 10) return null;
    const n = Math.max(3, Math.floor(c.length * 0.05));
    const facing = Math.sign(c.reduce((sum, p) => sum + p.facing, 0)) || 1;
    const dx = median(c.slice(-n).map((p) => p.x)) - median(c.slice(0, n).map((p) => p.x));
    return (dx * facing) / median(c.map((p) => p.trunkPx));
  }

  /** The result is computed from the state without changing it, so ending the set is a read. */
  finish(): CrawlResult {
    return this.snapshot();
  }

  snapshot(): CrawlResult {
    return buildResult(this, this.config, this.source);
  }

  /** Everything finish() needs, computed from the state. */
  summary() {
    const view = this.state.view();
    const posture = this.sessionPosture(view);
    const steps = this.viewSteps(view, posture === 'hands-feet');
    const s = this.state;
    const withPerson = Math.max(1, s.geometryFrames);
    return {
      view, posture, steps, postureShare: this.postureShare(view), travelNorm: this.travelNorm(view),
      handsVisibleShare: s.frames === 0 ? 0 : s.handFrames / s.frames,
      handScore: s.scoreSum.hands / withPerson, kneeScore: s.scoreSum.knees / withPerson,
      durationS: s.firstTMs === undefined || s.lastTMs === undefined ? 0 : (s.lastTMs - s.firstTMs) / 1000,
      lastTMs: s.lastTMs ?? 0,
    };
  }
}

const countOf = (steps: readonly LimbStep[], limb: Limb): number => steps.filter((s) => s.limb === limb).length;

function cycleList(steps: readonly LimbStep[], hand: 'left' | 'right', lastTMs: number): CrawlCycle[] {
  const own = steps.filter((s) => s.limb === `${hand}Hand`);
  return own.map((s, i) => ({ hand, startMs: s.tMs, endMs: own[i + 1]?.tMs ?? lastTMs }));
}

function buildResult(analyzer: CrawlAnalyzer, config: CrawlConfig, source: SourceInfo): CrawlResult {
  const s = analyzer.summary();
  const counts = Object.fromEntries(LIMBS.map((l) => [l, countOf(s.steps, l)])) as Record<Limb, number>;
  // Knees MoveNet only guesses (front view: scores about 0.2) would invent timing: their steps are left out of the lags.
  const kneesSeen = s.kneeScore >= config.lowScore;
  const lags = phaseLags(kneesSeen ? s.steps : s.steps.filter((x) => x.limb === 'leftHand' || x.limb === 'rightHand'));
  const meanLimbScore = kneesSeen ? (s.handScore + s.kneeScore) / 2 : s.handScore;
  const verdict = classifyPattern({
    view: s.view, posture: s.posture, steps: counts, lags, meanLimbScore, travelNorm: s.travelNorm, handsVisibleShare: s.handsVisibleShare,
    kneesVisible: kneesSeen,
  }, config);
  const hand = counts.rightHand > counts.leftHand ? 'right' : 'left';
  const cycles = verdict.crawling ? Math.max(counts.leftHand, counts.rightHand) : 0;
  const distance = crawlDistance(s.travelNorm, source.childHeightCm, config);
  const flags: string[] = [];
  if (s.view === 'front') flags.push('front view: knees hidden, distance not measurable; a side view shows the limbs best');
  if (s.handsVisibleShare < 0.8) flags.push(`hands visible in ${Math.round(s.handsVisibleShare * 100)}% of frames`);
  if (!kneesSeen) flags.push(`knees not seen (mean knee score ${s.kneeScore.toFixed(2)}): leg timing not measured`);
  if (meanLimbScore < config.lowScore) flags.push(`weak limb keypoints (mean score ${meanLimbScore.toFixed(2)})`);
  return {
    task: 'crawl', cycles, pattern: verdict.pattern, confidence: Math.round(verdict.confidence * 100) / 100,
    evidence: verdict.evidence, view: s.view, posture: s.posture, postureShare: s.postureShare, steps: counts, phaseLags: lags,
    cadencePerMin: verdict.crawling ? cadencePerMin(s.steps.filter((x) => x.limb === `${hand}Hand`)) : null,
    durationS: s.durationS, distanceBodyLengths: distance.bodyLengths, distanceM: distance.metres,
    symmetry: verdict.crawling ? handSymmetry(s.steps) : null, gmfmHint: gmfmHint(verdict.pattern, distance.metres, verdict.crawling, config),
    meanLimbScore: Math.round(meanLimbScore * 1000) / 1000, recommendedModel: 'movenet-thunder',
    cycleList: verdict.crawling ? cycleList(s.steps, hand, s.lastTMs) : [], stepList: s.steps, flags,
  };
}
