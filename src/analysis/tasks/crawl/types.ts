// Result shapes of the crawl task: readonly, JSON-serialisable data.
import type { TaskResultBase } from '../types.ts';

/** The four limbs whose steps are timed: hands (wrists) and knees (ankles on hands and feet). */
export const LIMBS = ['leftHand', 'rightHand', 'leftKnee', 'rightKnee'] as const;
export type Limb = (typeof LIMBS)[number];

export type CrawlPosture = 'hands-knees' | 'hands-feet' | 'belly' | 'upright' | 'unknown';
export type CrawlView = 'side' | 'front';
export type CrawlPattern =
  | 'reciprocal' | 'homolateral' | 'bunny-hop' | 'commando' | 'bear' | 'asymmetric' | 'none' | 'uncertain';

/** One limb step: the limb leaves the floor (start of the forward swing) at tMs. */
export interface LimbStep {
  readonly limb: Limb;
  readonly tMs: number;
  /** How far the limb advanced relative to the trunk, in trunk lengths. */
  readonly reachNorm: number;
}

/** Phase lags between limb pairs as a fraction of the cycle (0 = together, 0.5 = alternating); null = not measurable. */
export interface PhaseLags {
  readonly hands: number | null;
  readonly knees: number | null;
  readonly contralateral: number | null;
  readonly ipsilateral: number | null;
}

export interface CrawlCycle {
  /** The hand that defines the cycle and the times it left the floor. */
  readonly hand: 'left' | 'right';
  readonly startMs: number;
  readonly endMs: number;
}

export interface CrawlResult extends TaskResultBase {
  readonly task: 'crawl';
  /** Completed crawl cycles: the steps of the busier hand (one cycle per hand swing). */
  readonly cycles: number;
  readonly pattern: CrawlPattern;
  /** 0..1: how sure the pattern is, capped when keypoints are weak or the knees are hidden. */
  readonly confidence: number;
  /** Sentences saying why: the lags, the posture, what was not visible. */
  readonly evidence: readonly string[];
  readonly view: CrawlView;
  readonly posture: CrawlPosture;
  /** Share of analysed time in each posture (0..1). */
  readonly postureShare: Readonly<Record<CrawlPosture, number>>;
  readonly steps: Readonly<Record<Limb, number>>;
  readonly phaseLags: PhaseLags;
  /** Cycles per minute over the time from the first to the last step. */
  readonly cadencePerMin: number | null;
  readonly durationS: number;
  /** Net forward travel in trunk-derived body lengths (standing height); null in a front view (the camera follows). */
  readonly distanceBodyLengths: number | null;
  readonly distanceM: number | null;
  /** Left/right step-timing symmetry, 1 = the right hand steps exactly half a cycle after the left. */
  readonly symmetry: number | null;
  /** A GMFM-88 items 44/45 style hint (reference, not a diagnosis). */
  readonly gmfmHint: string;
  readonly meanLimbScore: number;
  readonly recommendedModel: 'movenet-thunder';
  readonly cycleList: readonly CrawlCycle[];
  readonly stepList: readonly LimbStep[];
}
