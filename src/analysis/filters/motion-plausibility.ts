// Keypoint glitches: a keypoint that moves further than a body can move in the time since it was last trusted is
// treated as unseen (score 0) before any detector sees it. A damaged or stale picture (video compression smearing a
// few frames, a frozen frame) makes MoveNet follow a pose the child is not in, with normal scores: score filtering
// cannot catch it, plausibility of motion can. A keypoint that jumps away and stays (a camera cut, the person moving
// back into view) is trusted again after maxGlitchMs, so a real change of place costs a short delay, never the set.
// At a cut (two signals that must agree: the camera measure says the picture changed, PoseFrame.cameraCut, and most of
// the body left its place at once) the new places are trusted at once: the filter starts afresh, as on a new clip.
import { bodyHeightPx, HEIGHT_PER_TRUNK } from '../geometry/body-scale.ts';
import { DEFAULT_MIN_KEYPOINT_SCORE } from '../geometry/points.ts';
import { TRUNK_PER_SHOULDER_WIDTH } from '../signals/crawl-body-scale.ts';
import { KEYPOINT_NAMES, type Keypoint, type PoseFrame } from '../types.ts';

export interface MotionPlausibilityConfig {
  /**
   * Fastest plausible speed of each keypoint group, body heights per second. Source: biomechanics of children's gross
   * motor tasks: the body's centre moves at most about 2.5-3 m/s (take-off of a standing long jump), i.e. under 3 body
   * heights/s for a child 1.0-1.3 m tall; hands and feet in a fast arm swing or a kick reach 6-8 m/s (about 6-7 body
   * heights/s); elbows and knees move about half-way between. Check, not derivation: the largest speeds on the
   * labelled clips (camera cuts and the photo composite aside) are trunk 2.2, head 2.1, elbow 2.6, wrist 4.3, knee 3.3,
   * ankle 3.4 body heights/s. Reason: a limit the body cannot exceed, so that a real movement is never dropped.
   */
  readonly maxSpeedBhPerS: { readonly head: number; readonly trunk: number; readonly elbow: number; readonly wrist: number;
    readonly knee: number; readonly ankle: number };
  /**
   * Keypoint localisation noise allowed on top of the motion, body heights. Source: MoveNet jitter on a person standing
   * still is about 0.005-0.01 body heights a frame (labelled clips, still phases). Reason: twice the largest jitter, so
   * noise alone never looks like a glitch, even at 60 fps where the motion allowance per frame is small.
   */
  readonly jitterBh: number;
  /**
   * How long a keypoint may stay away from its trusted track before its new place is trusted, ms. Source: compression
   * damage and frozen frames last a few frames (issue 10: 4-10 frames at 30 fps, 130-330 ms). Reason: above that, a
   * keypoint that stays in its new place has really moved there (a camera cut, a re-framed shot); the delay is paid
   * once per change of place and moves both ends of a hold equally.
   */
  readonly maxGlitchMs: number;
  /**
   * Share of the visible keypoints of a frame that jumped, above which the whole frame is treated as unseen, 0..1.
   * Source/reason: a picture that is damaged or stale moves most of the body at once; the keypoints of it that happen
   * to land near their old place are not evidence of the child either.
   */
  readonly wholeFrameFraction: number;
  /**
   * Snap of one limb keypoint onto its partner, body heights: the left and right keypoint of a limb pair closer than
   * snapNearBh, one of them having left its trusted place by snapJumpBh since it was last trusted while the other
   * stayed within half of that. Source: issue 10 (both ankles on the lifted foot: the standing ankle jumps 0.12 body
   * heights in one frame with its knee still); MoveNet puts two keypoints on one foot when the feet come close.
   * Reason: a foot does not jump onto the other one while the other stays put; feet that are together (a side view,
   * feet together) move together and are never split by it.
   */
  readonly snapNearBh: number;
  readonly snapJumpBh: number;
  /**
   * A stutter (one picture shown several times, then the video catches up): a frame whose visible keypoints all
   * stayed within stillBh of the frame before is "still"; the first frame after a still run no longer than
   * maxStillRunMs is judged over the time since the run began, not since its last frame. Source: issue 10 (a 3-frame
   * stutter, 100 ms at 30 fps, lost a jack: the wrists then cover 4 frames of motion in one); MoveNet on a repeated
   * picture moves a keypoint a few px (under 0.01 body heights). Reason: the picture stood still, the child did not;
   * a child who is really still for longer (a hold) gets no credit, so glitches in a hold are judged as before.
   * movingBh: the run earns credit only when one of the two frames before it moved a keypoint further than this (body
   * heights; two, because MoveNet re-centres its crop on the first repeated picture and moves a little there):
   * a stutter interrupts motion (jacks: 0.05-0.2 a frame), while a body or a photo at rest only jitters (under 0.01)
   * and has no motion to make up.
   */
  readonly stillBh: number;
  readonly movingBh: number;
  readonly maxStillRunMs: number;
  /**
   * A cut, body side: on a frame the camera measure marks as a cut (cameraCut), at least wholeFrameFraction of the
   * visible keypoints lie further than cutMovedBh from their trusted places (body heights). Source: single-leg-composite
   * (a switch between two photos): every keypoint moves 0.11-0.43 body heights at each switch (both models, 15 and
   * 30 fps), median 0.2; MoveNet's jitter is 0.005-0.01. Reason: the same distance as snapJumpBh, "has left its place";
   * a cut moves the whole body at once, while a false cut from the camera alone (a picture that briefly fails to line
   * up) finds most of the body where it was and changes nothing. A keypoint that did not move is trusted anyway.
   */
  readonly cutMovedBh: number;
  /** Keypoint score below which a keypoint is unseen anyway (the project's visibility threshold). */
  readonly minScore: number;
}

export const DEFAULT_MOTION_PLAUSIBILITY_CONFIG: MotionPlausibilityConfig = {
  maxSpeedBhPerS: { head: 3, trunk: 3, elbow: 5, wrist: 7, knee: 5, ankle: 7 },
  jitterBh: 0.02,
  maxGlitchMs: 400,
  wholeFrameFraction: 0.5,
  snapNearBh: 0.03,
  snapJumpBh: 0.08,
  stillBh: 0.01,
  movingBh: 0.03,
  maxStillRunMs: 200,
  cutMovedBh: 0.08,
  minScore: DEFAULT_MIN_KEYPOINT_SCORE,
};

const GROUP_OF: readonly (keyof MotionPlausibilityConfig['maxSpeedBhPerS'])[] = KEYPOINT_NAMES.map((n) =>
  n.endsWith('shoulder') || n.endsWith('hip') ? 'trunk' : n.endsWith('elbow') ? 'elbow' : n.endsWith('wrist') ? 'wrist'
    : n.endsWith('knee') ? 'knee' : n.endsWith('ankle') ? 'ankle' : 'head');

/** Left/right limb pairs whose keypoints can snap onto one another (elbows, wrists, knees, ankles). */
const LIMB_PAIRS: readonly (readonly [number, number])[] = ['elbow', 'wrist', 'knee', 'ankle'].map((j) =>
  [(KEYPOINT_NAMES as readonly string[]).indexOf(`left_${j}`), (KEYPOINT_NAMES as readonly string[]).indexOf(`right_${j}`)] as const);

/** Share of the gap to each clean frame's body height that the scale moves by: about a second's memory at 30 fps. */
const SCALE_SMOOTHING = 1 / 30;
const I_LS = KEYPOINT_NAMES.indexOf('left_shoulder');
const I_RS = KEYPOINT_NAMES.indexOf('right_shoulder');

export interface MotionGlitchSummary {
  /** Keypoint observations treated as unseen because they moved further than a body can. */
  readonly keypointsDropped: number;
  /** Frames with at least one dropped keypoint. */
  readonly framesAffected: number;
}

export class MotionPlausibilityFilter {
  private readonly n = KEYPOINT_NAMES.length;
  /** Last trusted position and time per keypoint (NaN: none yet). */
  private readonly trusted = new Float64Array(this.n * 3).fill(Number.NaN);
  /** Where a suspect keypoint has gone and when it first went there (NaN: not suspect). */
  private readonly suspect = new Float64Array(this.n * 3).fill(Number.NaN);
  private scalePx = Number.NaN;
  private dropped = 0;
  private frames = 0;
  private cuts = 0;
  private readonly jumped = new Uint8Array(this.n);
  /** The previous frame's keypoints, and when the run of still frames up to it began (NaN: no run). */
  private previous: readonly Keypoint[] | null = null;
  private previousTMs = Number.NaN;
  private stillSinceMs = Number.NaN;
  /** The largest keypoint move of the previous frame, px, and whether the body was moving when the still run began. */
  private previousMovePx = 0;
  private earlierMovePx = 0;
  private movingBeforeRun = false;
  /** Extra time the current frame's motion is judged over (the stutter it follows), ms. */
  private creditMs = 0;

  /** maxSpeedBhPerS per keypoint index, read once. */
  private readonly speedBhPerS: Float64Array;

  constructor(private readonly cfg: MotionPlausibilityConfig = DEFAULT_MOTION_PLAUSIBILITY_CONFIG) {
    this.speedBhPerS = Float64Array.from(GROUP_OF, (g) => cfg.maxSpeedBhPerS[g]);
  }

  /** The frame with implausibly moved keypoints set to score 0; the same object when nothing was dropped. */
  apply(frame: PoseFrame): PoseFrame {
    const k = frame.keypoints;
    if (k === null) return frame;
    if (frame.cameraCut === true && this.bodyLeftAtOnce(k)) {
      this.restart();
      this.cuts++;
    }
    const bh = this.scalePx;
    this.noteStill(k, frame.tMs, bh);
    let visible = 0;
    let jumps = 0;
    this.jumped.fill(0);
    if (!Number.isNaN(bh)) this.markSnaps(k, bh);
    for (let i = 0; i < this.n; i++) {
      if (k[i]![2] < this.cfg.minScore) continue;
      visible++;
      if (!Number.isNaN(bh) && !this.plausible(i, k[i]!, frame.tMs, bh, this.jumped[i] === 1)) { this.jumped[i] = 1; jumps++; }
    }
    const whole = jumps > 0 && jumps >= this.cfg.wholeFrameFraction * visible;
    this.updateScale(k, jumps === 0);
    if (jumps === 0) return frame;
    const out: Keypoint[] = new Array<Keypoint>(this.n);
    let droppedHere = 0;
    for (let i = 0; i < this.n; i++) {
      const p = k[i]!;
      const drop = this.jumped[i] === 1 || (whole && p[2] >= this.cfg.minScore);
      out[i] = drop ? [p[0], p[1], 0] : p;
      if (drop) droppedHere++;
    }
    this.dropped += droppedHere;
    this.frames++;
    return { tMs: frame.tMs, keypoints: out };
  }

  get summary(): MotionGlitchSummary {
    return { keypointsDropped: this.dropped, framesAffected: this.frames };
  }

  /** Cuts the filter started afresh at (cameraCut and the body's jump agreeing). */
  get cutsTrusted(): number { return this.cuts; }

  /** Whether at least wholeFrameFraction of the visible keypoints left their trusted places by cutMovedBh (see there). */
  private bodyLeftAtOnce(k: readonly Keypoint[]): boolean {
    if (Number.isNaN(this.scalePx)) return false;
    const far = this.cfg.cutMovedBh * this.scalePx;
    let visible = 0;
    let moved = 0;
    for (let i = 0; i < this.n; i++) {
      if (k[i]![2] < this.cfg.minScore) continue;
      visible++;
      if (this.movedPx(i, k[i]!) > far) moved++;
    }
    return visible > 0 && moved >= this.cfg.wholeFrameFraction * visible;
  }

  /** Forgets every track, the scale and the stutter state (a cut: the frames before it say nothing about this one). */
  private restart(): void {
    this.trusted.fill(Number.NaN);
    this.suspect.fill(Number.NaN);
    this.scalePx = Number.NaN;
    this.previous = null;
    this.previousTMs = Number.NaN;
    this.stillSinceMs = Number.NaN;
    this.previousMovePx = 0;
    this.earlierMovePx = 0;
    this.movingBeforeRun = false;
  }

  /** Checks one visible keypoint against its trusted track; updates the track (or the suspect state). */
  private plausible(i: number, p: Keypoint, tMs: number, bhPx: number, snapped: boolean): boolean {
    const t = this.trusted;
    const o = i * 3;
    if (Number.isNaN(t[o + 2]!)) return this.trust(i, p, tMs);
    // Written without closures or allocation: it runs for every keypoint of every frame of every task.
    const reach = this.cfg.jitterBh * bhPx + (this.speedBhPerS[i]! * bhPx * (Math.max(0, tMs - t[o + 2]!) + this.creditMs)) / 1000;
    const fromTrusted = Math.hypot(p[0] - t[o]!, p[1] - t[o + 1]!);
    const s = this.suspect;
    if (Number.isNaN(s[o + 2]!)) {
      if (!snapped && fromTrusted <= reach) return this.trust(i, p, tMs);
      s[o] = p[0]; s[o + 1] = p[1]; s[o + 2] = tMs;
      return false;
    }
    // Suspect: back on the trusted track (nearer to it than to where the glitch went) ends the glitch; staying away
    // longer than maxGlitchMs makes the new place the trusted one.
    const fromSuspect = Math.hypot(p[0] - s[o]!, p[1] - s[o + 1]!);
    if (fromTrusted <= reach && fromTrusted < fromSuspect) return this.trust(i, p, tMs);
    if (tMs - s[o + 2]! >= this.cfg.maxGlitchMs) return this.trust(i, p, tMs);
    s[o] = p[0]; s[o + 1] = p[1];
    return false;
  }

  /**
   * Sets creditMs for this frame: the length of the still run just ended (see stillBh), when it was short enough to be
   * a stutter. A frame that is itself still extends the run.
   */
  private noteStill(k: readonly Keypoint[], tMs: number, bhPx: number): void {
    const before = this.previous;
    let movePx = before === null || Number.isNaN(bhPx) ? Number.POSITIVE_INFINITY : 0;
    for (let i = 0; before !== null && i < this.n; i++) {
      const a = k[i]!; const b = before[i]!;
      if (a[2] < this.cfg.minScore || b[2] < this.cfg.minScore) continue;
      movePx = Math.max(movePx, Math.hypot(a[0] - b[0], a[1] - b[1]));
    }
    const still = movePx <= this.cfg.stillBh * bhPx;
    const runMs = Number.isNaN(this.stillSinceMs) ? 0 : this.previousTMs - this.stillSinceMs;
    // Credit only a short run that interrupted motion: a body (or a photo) at rest has no motion to make up.
    this.creditMs = !still && this.movingBeforeRun && runMs <= this.cfg.maxStillRunMs ? runMs : 0;
    if (still && Number.isNaN(this.stillSinceMs)) {
      this.stillSinceMs = this.previousTMs;
      this.movingBeforeRun = Math.max(this.previousMovePx, this.earlierMovePx) > this.cfg.movingBh * bhPx;
    }
    if (!still) this.stillSinceMs = Number.NaN;
    this.previous = k;
    this.previousTMs = tMs;
    this.earlierMovePx = this.previousMovePx;
    this.previousMovePx = movePx;
  }

  /** Marks in jumped[] a limb keypoint that has just landed on its partner (see snapNearBh). */
  private markSnaps(k: readonly Keypoint[], bhPx: number): void {
    const near = this.cfg.snapNearBh * bhPx;
    const jump = this.cfg.snapJumpBh * bhPx;
    for (const [l, r] of LIMB_PAIRS) {
      const a = k[l]!; const b = k[r]!;
      if (a[2] < this.cfg.minScore || b[2] < this.cfg.minScore || Math.hypot(a[0] - b[0], a[1] - b[1]) > near) continue;
      const movedL = this.movedPx(l, a);
      const movedR = this.movedPx(r, b);
      if (movedL >= jump && movedR <= jump / 2) this.jumped[l] = 1;
      else if (movedR >= jump && movedL <= jump / 2) this.jumped[r] = 1;
    }
  }

  /** Distance from the keypoint's trusted place, px (0 when it has none yet). */
  private movedPx(i: number, p: Keypoint): number {
    const o = i * 3;
    if (Number.isNaN(this.trusted[o + 2]!)) return 0;
    return Math.hypot(p[0] - this.trusted[o]!, p[1] - this.trusted[o + 1]!);
  }

  private trust(i: number, p: Keypoint, tMs: number): true {
    const o = i * 3;
    this.trusted[o] = p[0]; this.trusted[o + 1] = p[1]; this.trusted[o + 2] = tMs;
    this.suspect[o + 2] = Number.NaN;
    return true;
  }

  /**
   * Body height from frames without a jump only, smoothed over about a second (a glitch does not rescale its own
   * test). A trunk seen end-on (a child on all fours facing the camera) is measured by the shoulder width instead, so
   * that the scale of a crawler is not a foreshortened fraction of the child.
   */
  private updateScale(k: readonly Keypoint[], clean: boolean): void {
    if (!clean && !Number.isNaN(this.scalePx)) return;
    const ls = k[I_LS]!; const rs = k[I_RS]!;
    const shoulderPx = ls[2] >= this.cfg.minScore && rs[2] >= this.cfg.minScore ? Math.abs(ls[0] - rs[0]) : 0;
    const h = Math.max(bodyHeightPx(k, this.cfg.minScore) ?? 0, shoulderPx * TRUNK_PER_SHOULDER_WIDTH * HEIGHT_PER_TRUNK);
    if (!(h > 0)) return;
    this.scalePx = Number.isNaN(this.scalePx) ? h : this.scalePx + (h - this.scalePx) * SCALE_SMOOTHING;
  }
}

/** The sentence a result carries when keypoints were dropped; undefined when none were. */
export function motionGlitchFlag(s: MotionGlitchSummary): string | undefined {
  if (s.keypointsDropped === 0) return undefined;
  return `${s.keypointsDropped} keypoints in ${s.framesAffected} frames moved further than a body can and were treated as unseen (damaged or frozen video frames)`;
}
