// Classifies the crawling pattern from the session posture, the step counts and the phase lags between limbs
// (README.md has the rubric). Posture decides commando and bear; a limb of a left/right pair that barely steps decides
// asymmetric; the knee lags decide bunny hop, reciprocal or homolateral. Weak keypoints and hidden knees cap the
// confidence, and too little evidence gives "uncertain": never a confident wrong label.
import type { CrawlConfig } from './constants.ts';
import type { CrawlPattern, CrawlPosture, CrawlView, Limb, PhaseLags } from './types.ts';

export interface PatternInput {
  readonly view: CrawlView;
  readonly posture: CrawlPosture;
  readonly steps: Readonly<Record<Limb, number>>;
  readonly lags: PhaseLags;
  readonly meanLimbScore: number;
  /** Net forward travel in trunk lengths; null when the view cannot show it. */
  readonly travelNorm: number | null;
  /** Share of frames in which at least one hand was visible. */
  readonly handsVisibleShare: number;
  /** Whether the knees were seen well enough to time them (mean score at least config.lowScore). */
  readonly kneesVisible: boolean;
}

export interface PatternVerdict {
  readonly pattern: CrawlPattern;
  readonly confidence: number;
  readonly evidence: readonly string[];
  /** False when the session is not crawling (cycles are then 0). */
  readonly crawling: boolean;
}

const pct = (lag: number) => `${Math.round(lag * 100)}%`;
const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

function notCrawling(input: PatternInput, config: CrawlConfig): PatternVerdict | undefined {
  const handSteps = Math.max(input.steps.leftHand, input.steps.rightHand);
  if (input.handsVisibleShare < 0.5) {
    return { pattern: 'uncertain', confidence: 0.2, crawling: false, evidence: [`hands visible in only ${pct(input.handsVisibleShare)} of frames`] };
  }
  if (input.posture === 'upright') return { pattern: 'none', confidence: 0.8, crawling: false, evidence: ['sitting or standing, not on all fours'] };
  if (handSteps < config.minHandSteps) {
    return { pattern: 'none', confidence: 0.8, crawling: false, evidence: [`${handSteps} hand step(s): the hands stay in place`] };
  }
  if (input.posture === 'belly' && (input.travelNorm === null || input.travelNorm < config.minBellyTravelNorm)) {
    const travel = input.travelNorm === null ? 'travel not measurable' : `travel ${input.travelNorm.toFixed(2)} trunk lengths`;
    return { pattern: 'none', confidence: 0.7, crawling: false, evidence: [`on the belly without forward progress (${travel}): propping, not crawling`] };
  }
  if (input.posture === 'unknown') return { pattern: 'uncertain', confidence: 0.2, crawling: true, evidence: ['posture not recognisable'] };
  return undefined;
}

function asymmetric(input: PatternInput, config: CrawlConfig, kneesSeen: boolean): string | undefined {
  const pairs: [Limb, Limb][] = kneesSeen ? [['leftHand', 'rightHand'], ['leftKnee', 'rightKnee']] : [['leftHand', 'rightHand']];
  for (const [a, b] of pairs) {
    const lo = Math.min(input.steps[a], input.steps[b]); const hi = Math.max(input.steps[a], input.steps[b]);
    if (hi >= config.minHandSteps && lo < config.asymmetricStepRatio * hi) {
      const weak = input.steps[a] < input.steps[b] ? a : b;
      return `${weak} stepped ${lo} times against ${hi}: not used or dragged`;
    }
  }
  return undefined;
}

function fromLags(lags: PhaseLags, config: CrawlConfig): { pattern: CrawlPattern; margin: number; evidence: string } {
  const { knees, contralateral: contra, ipsilateral: ipsi } = lags;
  if (knees !== null && knees <= config.inPhaseMaxLag) {
    return { pattern: 'bunny-hop', margin: 0.5 - knees, evidence: `knees move together (lag ${pct(knees)} of the cycle)` };
  }
  if (contra === null || ipsi === null) return { pattern: 'uncertain', margin: 0, evidence: 'hand-knee timing not measurable' };
  const text = `contralateral hand-knee lag ${pct(contra)}, same-side lag ${pct(ipsi)} of the cycle`;
  if (contra <= config.inPhaseMaxLag && contra < ipsi) return { pattern: 'reciprocal', margin: ipsi - contra, evidence: text };
  if (ipsi <= config.inPhaseMaxLag && ipsi < contra) return { pattern: 'homolateral', margin: contra - ipsi, evidence: text };
  return { pattern: 'uncertain', margin: 0, evidence: text };
}

/** The pattern, its confidence 0..1 and the evidence. */
export function classifyPattern(input: PatternInput, config: CrawlConfig): PatternVerdict {
  const early = notCrawling(input, config);
  if (early) return early;
  const scoreCap = input.meanLimbScore < config.lowScore ? 0.5 : 1;
  const scoreNote = scoreCap < 1 ? [`weak keypoints (mean limb score ${input.meanLimbScore.toFixed(2)}): low confidence`] : [];
  if (input.posture === 'belly') return { pattern: 'commando', confidence: 0.8 * scoreCap, crawling: true, evidence: ['on the belly, pulling forward', ...scoreNote] };
  if (input.posture === 'hands-feet') return { pattern: 'bear', confidence: 0.8 * scoreCap, crawling: true, evidence: ['on hands and feet (knees off the floor)', ...scoreNote] };
  const kneesSeen = input.kneesVisible && input.lags.knees !== null && input.lags.contralateral !== null;
  const asym = asymmetric(input, config, input.kneesVisible);
  if (asym) return { pattern: 'asymmetric', confidence: 0.7 * scoreCap, crawling: true, evidence: [asym, ...scoreNote] };
  if (!kneesSeen) return handsOnly(input, config, scoreNote);
  const verdict = fromLags(input.lags, config);
  const confidence = verdict.pattern === 'uncertain' ? 0.3 : clamp01(0.5 + verdict.margin) * scoreCap;
  return { pattern: verdict.pattern, confidence, crawling: true, evidence: [verdict.evidence, ...scoreNote] };
}

/** Knees hidden (front view): alternating hands are taken as reciprocal, the usual gait, with capped confidence. */
function handsOnly(input: PatternInput, config: CrawlConfig, scoreNote: string[]): PatternVerdict {
  const hands = input.lags.hands;
  if (hands === null || hands < 0.5 - config.inPhaseMaxLag) {
    return { pattern: 'uncertain', confidence: 0.2, crawling: true, evidence: ['knees not visible and the hands do not alternate', ...scoreNote] };
  }
  const scoreCap = scoreNote.length > 0 ? 0.5 : 1;
  return {
    pattern: 'reciprocal', crawling: true,
    confidence: Math.min(config.kneesHiddenMaxConfidence, clamp01(0.5 + hands)) * scoreCap,
    evidence: [`hands alternate (lag ${pct(hands)} of the cycle)`,
      'knees not visible: reciprocal assumed, the usual hands-and-knees gait (about 88% of hands-and-knees crawlers); view from the side to confirm',
      ...scoreNote],
  };
}
