// Defaults of the crawl task. Every threshold carries its unit, where it came from and why. Distances are in "trunk
// lengths" (shoulder-midpoint to hip-midpoint, see signals/crawl-body-scale.ts) so that they hold near and far from the
// camera; times are in milliseconds from the frames' own timestamps.
import { mergeRangedConfig } from '../config.ts';

export const DEFAULT_CRAWL_CONFIG = {
  /**
   * Minimum keypoint score to use a keypoint (0..1). Source: CLINICAL.md (SyRIP measurement here): infant limb scores
   * average 0.38-0.51 and a 0.3 cut drops many true infant limbs; 0.2 keeps them while MoveNet's guesses for hidden
   * joints stay mostly below it (front-view fixture: hidden ankles score 0.01-0.15).
   */
  minKeypointScore: 0.2,
  /**
   * Low-pass cutoff for limb reach signals, in Hz. Source: crawling cadence is 0.5-1.5 cycles/s (front fixture: about
   * 0.6 cycles/s) and a hand swing lasts about 0.3 s, so 4 Hz keeps the swing and removes frame-to-frame jitter.
   */
  reachCutoffHz: 4,
  /**
   * A limb step starts when its reach rises this far above the lowest value since its last step, in trunk lengths.
   * Source: infant hand strides are about 0.4-0.6 trunk lengths (front fixture: wrist advances of 0.35-0.7); the
   * synthetic model uses 0.5. Reason: half the smallest expected stride, well above keypoint jitter (about 0.05).
   */
  stepEnterNorm: 0.2,
  /** The limb re-arms once its reach falls this far below the step's peak (trunk lengths). Hysteresis: half of enter. */
  stepExitNorm: 0.1,
  /**
   * A gap without the limb longer than this forgets the limb's running extremes, in ms. Reason: a hand hidden for
   * more than about half a cycle may have stepped unseen; joining both sides of the gap would invent a step.
   */
  maxGapMs: 600,
  /**
   * Fewest steps of the busiest hand before a session counts as crawling. Source: the synthetic range starts
   * at 2 cycles; the prone-prop negative shows single hand shifts while the adult moves the legs.
   */
  minHandSteps: 2,
  /** A limb of a left/right pair with fewer steps than this share of its partner's is "not used" (asymmetric). */
  asymmetricStepRatio: 0.5,
  /**
   * Phase lags (fraction of a cycle, 0..0.5) at or below this count as "together". Source: in trot-like (reciprocal)
   * crawling the contralateral hand and knee move nearly in phase (Patrick, Noah & Yang 2009, J Neurophysiol,
   * interlimb coordination in human crawling). 0.2 is a tolerance chosen here for 25-30 fps timing and keypoint
   * noise, checked on the synthetic limb-phase model (tests/helpers/synthetic-crawl.ts), not tuned on a clip.
   */
  inPhaseMaxLag: 0.2,
  /** Share of crawling frames a posture needs to name the session's posture (commando, bear). Reason: a majority. */
  postureMajority: 0.5,
  /** Mean limb keypoint score below which any pattern's confidence is capped (0..1), from CLINICAL.md infant scores. */
  lowScore: 0.35,
  /** Highest confidence when the knees are not seen and the leg timing is assumed (0..1). Reason: never confident. */
  kneesHiddenMaxConfidence: 0.55,
  /**
   * Net forward travel, in trunk lengths, that a belly posture needs to count as commando crawling rather than
   * propping or pivoting. Reason: one stride is about 0.5 trunk lengths (see stepEnterNorm); a propping infant
   * shifts by less (prone-prop fixture: -0.13).
   */
  minBellyTravelNorm: 0.5,
  /**
   * Frames in the running median of the trunk length. Reason: about 0.5 s at 30 fps outvotes a few frames with the
   * hips missing (the shoulder-width fallback is far too short in a side view) and follows a child nearing the camera.
   */
  trunkMedianFrames: 15,
  /** GMFM-88 items 44/45 distance, in metres (Russell et al., GMFM-88 manual: "crawls forward 1.8 m"). */
  gmfmDistanceM: 1.8,
  /**
   * Trunk length as a share of standing height (unitless). Source: Drillis & Contini 1966 adult trunk 0.288 H (see
   * geometry/body-scale.ts); infants have a relatively longer trunk (about 0.30-0.33). 0.3 converts trunk lengths to
   * metres when the child's height is known.
   */
  trunkPerHeight: 0.3,
} as const;

export type CrawlConfig = { -readonly [K in keyof typeof DEFAULT_CRAWL_CONFIG]: number };

/** Valid range of each field, checked once when a task is created (errors name the field and the range). */
export const CRAWL_CONFIG_RANGES: { readonly [K in keyof CrawlConfig]: readonly [number, number] } = {
  minKeypointScore: [0, 1], reachCutoffHz: [0.5, 15], stepEnterNorm: [0.02, 2], stepExitNorm: [0.01, 2],
  maxGapMs: [50, 5000], minHandSteps: [1, 20], asymmetricStepRatio: [0, 1], inPhaseMaxLag: [0, 0.5],
  postureMajority: [0, 1], lowScore: [0, 1], kneesHiddenMaxConfidence: [0, 1], minBellyTravelNorm: [0, 20],
  gmfmDistanceM: [0.1, 20], trunkPerHeight: [0.1, 0.6], trunkMedianFrames: [1, 301],
};

/** Merges user overrides over the defaults and validates every field once. */
export function resolveCrawlConfig(overrides: Readonly<Record<string, unknown>> = {}): CrawlConfig {
  const config = mergeRangedConfig<CrawlConfig>('crawl', { ...DEFAULT_CRAWL_CONFIG }, CRAWL_CONFIG_RANGES, overrides);
  if (config.stepExitNorm > config.stepEnterNorm) {
    throw new RangeError('crawl config: stepExitNorm should not be greater than stepEnterNorm');
  }
  return config;
}
