// The inventory of leave-one-clip-out (issue 10): every engine threshold whose value was set or checked with numbers
// read off the labelled clips (the comments beside it in its DEFAULT_*_CONFIG say which), with the evidence each clip
// gives about it and the rule (rules.ts, midway) that chooses its value from the evidence of a set of clips. The eval
// re-derives each one without the clip under test (loco-eval.ts); the engine's defaults are not changed here.
import { DEFAULT_JUMPING_JACK_CONFIG as JJ } from '../../analysis/tasks/jumping-jack/constants.ts';
import type { JumpingJackRep } from '../../analysis/tasks/jumping-jack/index.ts';
import { ELBOW_SHARE_OF_WRIST_RISE } from '../../analysis/signals/elbow-rise.ts';
import { DEFAULT_TWO_FOOT_JUMP_CONFIG as TWO_FOOT } from '../../analysis/tasks/jumps/two-foot-constants.ts';
import type { ClipData } from './clip-data.ts';
import { ankleEdgeDistances, legSpreads, legsSeenShare, shanksPerTrunk, wristRises } from './frame-scans.ts';
import { NO_EVIDENCE, type Evidence } from './rules.ts';

export type LocoTask = 'jumping-jack' | 'two-foot-jump';

export interface ClipThreshold {
  /** Task and config field, e.g. "jumping-jack arms.enter". */
  readonly name: string;
  readonly task: LocoTask;
  /** The field's path in the task's config (the override the eval passes). */
  readonly path: readonly string[];
  readonly unit: string;
  /** The engine's default, read from its DEFAULT_*_CONFIG. */
  readonly shipped: number;
  /** What each clip gives: the values the threshold must pass, and those it must stop. */
  readonly evidence: string;
  /** The physical reference the rule takes as the highest value to stop where no clip shows a higher one. */
  readonly reference: number;
  readonly referenceReason: string;
  readonly measure: (clip: ClipData) => Evidence;
}

// Clip roles, each from the words of its label in ../shared/clips/labels.json (quoted), not from what the engine saw.
/** labels.json "0 jumps and 0 jumping jacks" (squats-5fps): arms held forward that no jack threshold may take as up. */
const NO_JACK_CLIPS: readonly string[] = ['negatives/squats-5fps.mp4'];
/** labels.json "Standing on both feet, arms by the sides" and "feet flat on the floor throughout": standing stances
 * that the feet-apart threshold must not take for a jack's open position. */
const STANDING_STANCE_CLIPS: readonly string[] = ['stills/two-feet-standing.jpg', 'negatives/squats-5fps.mp4'];
/** A labelled jack clip whose label says the feet go out of frame ("cuts to a close-up with feet out of frame"):
 * its legs are not in view throughout, so its frames are no evidence of what a leg in view looks like. */
const feetOutOfFrame = (clip: ClipData): boolean => /feet out of frame/i.test(clip.label.truth);

const isPositive = (clip: ClipData): boolean => typeof clip.label.expect.count === 'number' && clip.label.expect.count > 0;
const jacksOf = (clip: ClipData) => (clip.result?.task === 'jumping-jack' && isPositive(clip) ? clip.result.reps : []);
const jumpsOf = (clip: ClipData) => (clip.result?.task === 'two-foot-jump' && isPositive(clip) ? clip.result.reps : []);
/** A positive jack clip whose legs stay in view (its label does not say otherwise). */
const legsInView = (clip: ClipData): boolean => clip.label.task === 'jumping-jack' && isPositive(clip) && !feetOutOfFrame(clip);
/**
 * The value a jack's arms-up decision compared with `arms.enter`, in its unit: the wrists' reach, or for a jack that rests
 * on the elbows (no wrist in the picture) the elbows' reach over the elbow's share of the arm (the elbows open the gate at
 * arms.enter x ELBOW_SHARE_OF_WRIST_RISE, so elbows / share >= arms.enter is the same decision).
 */
const armsUpInWristHeights = (r: JumpingJackRep): number | undefined =>
  (r.armsUpBy === 'elbows' && r.elbowReachNorm !== undefined ? r.elbowReachNorm / ELBOW_SHARE_OF_WRIST_RISE : r.armReachNorm);
const defined = (xs: readonly (number | undefined)[]): number[] => xs.filter((x): x is number => x !== undefined);
const max = (xs: readonly number[]): number[] => (xs.length === 0 ? [] : [Math.max(...xs)]);
const min = (xs: readonly number[]): number[] => (xs.length === 0 ? [] : [Math.min(...xs)]);

export const CLIP_THRESHOLDS: readonly ClipThreshold[] = [
  {
    name: 'jumping-jack arms.enter', task: 'jumping-jack', path: ['arms', 'enter'], unit: 'body heights', shipped: JJ.arms.enter,
    evidence: 'pass: each counted jack\'s deciding arms-up value in wrist heights (its highest wrist rise over the shoulders, or for a jack resting on the elbows, no wrist in the picture, its highest elbow rise / 0.56) (positive jack clips); stop: the highest wrist rise on any frame of a clip labelled "0 jumping jacks" (squats-5fps)',
    reference: 0, referenceReason: 'wrists at shoulder height: arms horizontal are not up',
    measure: (clip) => ({
      pass: defined(jacksOf(clip).map(armsUpInWristHeights)),
      reject: NO_JACK_CLIPS.includes(clip.label.file) ? max(wristRises(clip.frames)) : [],
    }),
  },
  {
    name: 'jumping-jack openLegSpreadMin', task: 'jumping-jack', path: ['openLegSpreadMin'], unit: 'hip widths', shipped: JJ.openLegSpreadMin,
    evidence: 'pass: each counted jack\'s widest leg spread with the legs seen (positive jack clips); stop: the widest spread on any frame of a clip labelled standing on both feet (two-feet-standing, squats-5fps)',
    reference: 1, referenceReason: 'feet under the hips: ankles one hip width apart',
    measure: (clip) => ({
      pass: defined(jacksOf(clip).map((r) => r.legSpreadRatio)),
      reject: STANDING_STANCE_CLIPS.includes(clip.label.file) ? max(legSpreads(clip.frames)) : [],
    }),
  },
  {
    name: 'jumping-jack frameEdgeFraction', task: 'jumping-jack', path: ['frameEdgeFraction'], unit: 'frame heights',
    shipped: JJ.frameEdgeFraction,
    evidence: 'pass: the nearest any seen ankle comes to the frame\'s bottom edge on a positive jack clip whose label keeps the feet in view; stop: none on a clip (the edge itself)',
    reference: 0, referenceReason: 'the bottom edge, where MoveNet puts keypoints that fall outside the picture',
    measure: (clip) => ({ pass: legsInView(clip) ? min(ankleEdgeDistances(clip.frames, clip.source.height)) : [], reject: [] }),
  },
  {
    name: 'jumping-jack minShankPerTrunk', task: 'jumping-jack', path: ['minShankPerTrunk'], unit: 'trunk lengths',
    shipped: JJ.minShankPerTrunk,
    evidence: 'pass: the shortest shank (knee to ankle, over the trunk) on any frame of a positive jack clip whose label keeps the feet in view; stop: none on a clip',
    reference: 0, referenceReason: 'an ankle folded onto its knee (what MoveNet does with a foot outside the picture)',
    measure: (clip) => ({ pass: legsInView(clip) ? min(shanksPerTrunk(clip.frames)) : [], reject: [] }),
  },
  {
    name: 'jumping-jack minOpenLegsSeenShare', task: 'jumping-jack', path: ['minOpenLegsSeenShare'], unit: 'share of open frames',
    shipped: JJ.minOpenLegsSeenShare,
    evidence: 'pass: each counted jack\'s share of open-position frames with the legs seen (shipped per-frame tests) on a positive jack clip whose label keeps the feet in view; stop: none on a clip',
    reference: 0, referenceReason: 'legs seen on no frame',
    measure: (clip) => {
      if (!legsInView(clip)) return NO_EVIDENCE;
      const seen = { maxAnkleYPx: clip.source.height * (1 - JJ.frameEdgeFraction), minShankPerTrunk: JJ.minShankPerTrunk };
      return { pass: defined(jacksOf(clip).map((r) => legsSeenShare(clip.frames, r.openTMs, r.closeTMs, seen))), reject: [] };
    },
  },
  {
    name: 'two-foot-jump flight.enterRiseNorm', task: 'two-foot-jump', path: ['flight', 'enterRiseNorm'], unit: 'body heights',
    shipped: TWO_FOOT.flight.enterRiseNorm,
    evidence: 'pass: each counted jump\'s lower-ankle rise (positive two-foot clips); stop: none measured on a clip',
    reference: 0, referenceReason: 'a foot that did not rise',
    measure: (clip) => ({ pass: jumpsOf(clip).map((r) => r.ankleRiseNorm), reject: [] }),
  },
];

/**
 * Thresholds whose comments cite the labelled clips but that the LOCO eval does not re-derive, each with the reason:
 * the clip numbers there are a check of a value chosen from another source, or the threshold decides nothing the
 * eval's verdict (a count, a hold, a stance) depends on, or no labelled clip exercises its task.
 */
export const NOT_RE_DERIVED: readonly { readonly name: string; readonly reason: string }[] = [
  { name: 'single-leg-stance liftOnNorm, liftOffNorm', reason: 'from anthropometry (heel-raise ankle rise 0.04 H, perspective 0.02 H); the clips measure their margins (eval --tracks margin column), they did not set them' },
  { name: 'single-leg-stance stepBodyFrameNorm', reason: 'half of stepNorm (a rule on another constant); the labelled holds\' 0.03 H sway is a check' },
  { name: 'motion-plausibility maxSpeedBhPerS, jitterBh', reason: 'biomechanics limits; the clips\' largest speeds are a check ("check, not derivation" in its comment)' },
  { name: 'toe-off HEEL_RAISE_ANKLE_RISE_NORM', reason: 'Drillis & Contini foot geometry; jump-in-place-no-rope is a check; it decides height scorability, not the count' },
  { name: 'jumping-jack topEdgeFraction', reason: 'no label says on which frames a clip\'s hands leave the picture (jj-studio-cuts\' close-up, on the border with scores up to 0.86, is not labelled so), so the rule has no pass side without them; the band only decides when the elbows may also be read, never a wrist\'s own value, and copies frameEdgeFraction\'s 2%' },
  { name: 'jumping-jack arms.exit, arms.minStateMs', reason: 'exit from the arm angle (20 degrees under horizontal), minStateMs from 3 frames at 30 fps; the clips\' periods are a check' },
  { name: 'jumping-jack closedLegSpreadMax, armsDownMaxRiseNorm, two-foot grading thresholds', reason: 'grade a rep\'s criteria; no label judges them, so leaving a clip out could not change a verdict' },
  { name: 'two-foot maxKneeAlternationNorm', reason: 'from thigh geometry (a knee 0.05 H above the other is ~37 degrees of hip flexion; strides flex 60-70) and keypoint jitter; the clips\' values (jumps at most 0.019, the stepping negative\'s strides 0.105 and more) are a check. It must stay under the stop side, which the midway rule (values that pass lie above) does not express' },
  { name: 'two-foot flight.exitFallFraction, contactRiseNorm', reason: 'set from jitter (3 sd) and the half-way rule; jump-in-place-no-rope\'s 3% higher landings are a check' },
  { name: 'tandem-stance frontInLineMaxNorm', reason: 'no labelled tandem clip: the eval judges no tandem result' },
  { name: 'setup maxBoneAsymmetry', reason: 'the live set-up check; the eval does not run it' },
];
