// Synthetic pose tracks of a child jumping (two-foot jumps, hops, a standing long jump), for edge cases the real clips
// lack. Body proportions follow Drillis & Contini (heights as fractions of standing height H); sides are the child's
// own (front view: the child's left is the image's right). Each test describes the motion as a function of time.
import { KP, type Keypoint, type PoseFrame, type Side, type SourceInfo } from '../../src/analysis/index.ts';
import { seededGaussian } from './random.ts';

/** Height above the floor (fraction of H) and sideways offset from the midline (fraction of H, + = child's left). */
const BODY: Readonly<Record<keyof typeof KP, readonly [number, number]>> = {
  nose: [0.93, 0], left_eye: [0.945, 0.02], right_eye: [0.945, -0.02], left_ear: [0.935, 0.045], right_ear: [0.935, -0.045],
  left_shoulder: [0.818, 0.13], right_shoulder: [0.818, -0.13], left_elbow: [0.65, 0.15], right_elbow: [0.65, -0.15],
  left_wrist: [0.485, 0.15], right_wrist: [0.485, -0.15], left_hip: [0.53, 0.06], right_hip: [0.53, -0.06],
  left_knee: [0.285, 0.06], right_knee: [0.285, -0.06], left_ankle: [0.039, 0.06], right_ankle: [0.039, -0.06],
};
const THIGH_NORM = 0.2455; // hip-knee and knee-ankle, fraction of H
const ARM_NORM = 0.333; // shoulder-wrist, fraction of H
const GRAVITY = 9.80665;

/** What the child does at time tS; every field is optional (default: standing still, arms at the sides). */
export interface JumpPose {
  /** Rise of the hips and everything above them, fraction of H (flight). */
  readonly bodyRiseNorm?: number;
  /** Drop of the hips from bending the knees, fraction of H (crouch, landing). */
  readonly crouchNorm?: number;
  /** Rise of each ankle above the floor, fraction of H. */
  readonly ankleLiftNorm?: Partial<Record<Side, number>>;
  /** Arm angle from hanging down, degrees: 0 at the sides, 180 overhead; negative = behind the body (side view). */
  readonly armDeg?: number;
  /** Each ankle's distance from the midline, fraction of H (0.06 = under the hips). */
  readonly ankleOffsetNorm?: number;
  /** Offset of the whole child along the image x axis, fraction of H (long jump travel, walking). */
  readonly bodyDxNorm?: number;
  /** Ankles reported with a low score (not visible). */
  readonly hideAnkles?: boolean;
  /** Wrists reported with a low score (not visible: blurred, or hands out of the picture). */
  readonly hideWrists?: boolean;
  /** One ankle reported with a low score (as MoveNet does under sensor noise). */
  readonly hideAnkle?: Side;
  /**
   * Shift of the whole child down the image, fraction of H (a close-up or a camera tilted up): with enough of it the
   * feet leave the frame, where `outOfFrame` says what the pose model reports for them.
   */
  readonly bodyDownNorm?: number;
  /** false: no person found in this frame. */
  readonly visible?: boolean;
}

export interface SyntheticJumpOptions {
  readonly fps?: number;
  readonly durationS: number;
  readonly view?: 'front' | 'side';
  /** Side view: +1 facing image right (the direction of a long jump), -1 facing left. */
  readonly facing?: 1 | -1;
  readonly heightPx?: number;
  readonly width?: number;
  readonly height?: number;
  readonly centerX?: number;
  readonly noisePx?: number;
  readonly seed?: number;
  /**
   * Keypoints outside the image: 'low-score' (default) keeps them where they are with score 0.05; 'on-border' puts them
   * on the image border with their score kept, as MoveNet does in jj-studio-cuts' close-up (ankles on the bottom edge
   * with scores of 0.3-0.9).
   */
  readonly outOfFrame?: 'low-score' | 'on-border';
}

export function syntheticJumpTrack(pose: (tS: number) => JumpPose, opts: SyntheticJumpOptions): { source: SourceInfo; frames: PoseFrame[] } {
  const fps = opts.fps ?? 30;
  const width = opts.width ?? 640;
  const height = opts.height ?? 480;
  const heightPx = opts.heightPx ?? 360;
  const floorY = height * 0.92;
  const noise = seededGaussian(opts.seed ?? 1);
  const frames: PoseFrame[] = [];
  const n = Math.round(opts.durationS * fps);
  for (let i = 0; i < n; i++) {
    const tS = i / fps;
    const p = pose(tS);
    if (p.visible === false) { frames.push({ tMs: tS * 1000, keypoints: null }); continue; }
    const kps = keypointsFor(p, opts, { heightPx, floorY, centerX: opts.centerX ?? width / 2 });
    const jittered = kps.map(([x, y, s]) => [x + noise() * (opts.noisePx ?? 0), y + noise() * (opts.noisePx ?? 0), s] as Keypoint)
      .map(([x, y, s]) => (x >= 0 && x <= width && y >= 0 && y <= height ? [x, y, s]
        : opts.outOfFrame === 'on-border' ? [clamp(x, 0, width), clamp(y, 0, height), s] : [x, y, 0.05]) as Keypoint);
    frames.push({ tMs: tS * 1000, keypoints: jittered });
  }
  return { source: { width, height, fps }, frames };
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

function keypointsFor(p: JumpPose, opts: SyntheticJumpOptions, g: { heightPx: number; floorY: number; centerX: number }): Keypoint[] {
  const side = opts.view === 'side';
  const facing = opts.facing ?? 1;
  const lateral = side ? 0.1 : 1; // a side view squeezes left-right offsets
  const up = (p.bodyRiseNorm ?? 0) - (p.crouchNorm ?? 0);
  const dx = p.bodyDxNorm ?? 0;
  const out: Keypoint[] = [];
  const down = p.bodyDownNorm ?? 0;
  const point = (hNorm: number, xNorm: number, score = 0.9): Keypoint =>
    [g.centerX + (xNorm + dx) * g.heightPx, g.floorY - (hNorm - down) * g.heightPx, score];
  for (const name of Object.keys(KP) as (keyof typeof KP)[]) {
    const [h, x] = BODY[name];
    const isLeft = name.startsWith('left');
    const sign = isLeft ? 1 : -1;
    // The child's left is the image's right when facing the camera (x + = image right).
    const xImg = (v: number) => (side ? v * lateral + (name === 'nose' || name.endsWith('eye') ? facing * 0.04 : 0) : v);
    if (name.endsWith('ankle')) {
      const lift = p.ankleLiftNorm?.[isLeft ? 'left' : 'right'] ?? 0;
      const off = (p.ankleOffsetNorm ?? 0.06) * sign;
      const hidden = p.hideAnkles === true || p.hideAnkle === (isLeft ? 'left' : 'right');
      out[KP[name]] = point(h + lift, side ? off * lateral : off, hidden ? 0.05 : 0.9);
    } else if (name.endsWith('knee')) {
      out[KP[name]] = point(0, 0); // filled below from hip and ankle
    } else if (name.endsWith('wrist') || name.endsWith('elbow')) {
      const armRad = ((p.armDeg ?? 0) * Math.PI) / 180;
      const frac = name.endsWith('wrist') ? 1 : 0.5;
      const sh = BODY[isLeft ? 'left_shoulder' : 'right_shoulder'];
      const along = side ? facing * Math.sin(armRad) : sign * Math.abs(Math.sin(armRad));
      const score = name.endsWith('wrist') && p.hideWrists ? 0.05 : 0.9;
      out[KP[name]] = point(sh[0] + up - frac * ARM_NORM * Math.cos(armRad), xImg(sh[1]) + frac * ARM_NORM * along, score);
    } else {
      out[KP[name]] = point(h + up, xImg(x));
    }
  }
  for (const s of ['left', 'right'] as const) {
    const knee = kneeBetween(out[KP[`${s}_hip`]]!, out[KP[`${s}_ankle`]]!, g.heightPx, side ? facing : (s === 'left' ? 1 : -1));
    // A knee takes its ankle's score (a foot out of the picture), except where noise hides only the ankle (hideAnkle).
    out[KP[`${s}_knee`]] = p.hideAnkle === s ? [knee[0], knee[1], 0.9] : knee;
  }
  return out;
}

/** The knee where a thigh and shank of fixed length meet, bent forward (side view) or outward (front view). */
function kneeBetween(hip: Keypoint, ankle: Keypoint, heightPx: number, dir: number): Keypoint {
  const L = THIGH_NORM * heightPx;
  const mx = (hip[0] + ankle[0]) / 2; const my = (hip[1] + ankle[1]) / 2;
  const half = Math.hypot(hip[0] - ankle[0], hip[1] - ankle[1]) / 2;
  const offset = Math.sqrt(Math.max(0, L * L - half * half));
  return [mx + dir * offset, my, Math.min(ankle[2], 0.9)];
}

/** Rise of a ballistic flight of duration flightS at time tS after take-off, fraction of H (0 outside the flight). */
export function ballisticRiseNorm(tS: number, flightS: number, childHeightM = 1.15): number {
  if (tS <= 0 || tS >= flightS) return 0;
  return ((GRAVITY / 2) * tS * (flightS - tS)) / childHeightM;
}

/** A smooth 0..1..0 bump over [startS, startS + durationS] (crouch, arm swing). */
export function bump(tS: number, startS: number, durationS: number): number {
  const u = (tS - startS) / durationS;
  return u <= 0 || u >= 1 ? 0 : Math.sin(Math.PI * u) ** 2;
}

export interface JumpSeriesOptions {
  readonly startS: number;
  readonly count: number;
  readonly periodS: number;
  readonly flightS: number;
  /** The right foot leaves this much later than the left (and still lands with it), ms. */
  readonly rightFootLateMs?: number;
  readonly childHeightM?: number;
  /** Arms swing overhead in flight (TGMD-3 criterion 2). */
  readonly armsUp?: boolean;
}

/** Two-foot jumps in place: a crouch before each take-off, a ballistic flight, a landing crouch. */
export function twoFootJumps(o: JumpSeriesOptions): (tS: number) => JumpPose {
  return (tS) => {
    const k = Math.floor((tS - o.startS) / o.periodS);
    if (k < 0 || k >= o.count) return {};
    const t0 = o.startS + k * o.periodS + 0.25; // take-off 250 ms into each period, after the crouch
    const t = tS - t0;
    const left = ballisticRiseNorm(t, o.flightS, o.childHeightM);
    const lateS = (o.rightFootLateMs ?? 0) / 1000;
    const right = ballisticRiseNorm(t - lateS, o.flightS - lateS, o.childHeightM);
    const crouch = 0.06 * (bump(tS, t0 - 0.25, 0.25) + bump(tS, t0 + o.flightS, 0.25));
    return { bodyRiseNorm: left, crouchNorm: crouch, ankleLiftNorm: { left, right }, armDeg: o.armsUp ? 170 * bump(tS, t0 - 0.1, o.flightS + 0.2) : 0 };
  };
}

/** Hops on one foot: the other foot held up (free foot 15% of H above the floor) from holdFromS on. */
export function hops(o: JumpSeriesOptions & { readonly support: Side; readonly holdFromS: number }): (tS: number) => JumpPose {
  const jumps = twoFootJumps(o);
  const free: Side = o.support === 'left' ? 'right' : 'left';
  return (tS) => {
    const p = jumps(tS);
    if (tS < o.holdFromS) return p;
    const rise = p.bodyRiseNorm ?? 0;
    return { ...p, ankleLiftNorm: { [o.support]: rise, [free]: rise + 0.15 } };
  };
}

/** Stepping in place on alternating feet (a run): each foot lifts in turn, one always on the floor. */
export function alternatingSteps(startS: number, stepS: number, liftNorm: number): (tS: number) => JumpPose {
  return (tS) => {
    if (tS < startS) return {};
    const k = Math.floor((tS - startS) / stepS);
    const u = (tS - startS) / stepS - k;
    const lift = liftNorm * Math.sin(Math.PI * u);
    return { ankleLiftNorm: k % 2 === 0 ? { left: lift } : { right: lift } };
  };
}

/**
 * A run in place as keypoint noise shows it (speed-step-alternating-feet under sensor noise): each foot in turn lifts
 * liftNorm with its knee (a stride), the hips bounce bounceNorm on each stride, and the ankle of the foot on the floor
 * is not seen while the other is up, so the lower visible ankle is the lifted one and the feet's timing is unknown.
 */
export function noisyRunInPlace(o: { readonly startS: number; readonly stepS: number; readonly liftNorm: number; readonly bounceNorm: number }): (tS: number) => JumpPose {
  return (tS) => {
    if (tS < o.startS) return {};
    const k = Math.floor((tS - o.startS) / o.stepS);
    const u = (tS - o.startS) / o.stepS - k;
    const arc = Math.sin(Math.PI * u);
    const up: Side = k % 2 === 0 ? 'left' : 'right';
    return { bodyRiseNorm: o.bounceNorm * arc, ankleLiftNorm: { [up]: o.liftNorm * arc }, ...(arc > 0.1 ? { hideAnkle: up === 'left' ? 'right' : 'left' } : {}) };
  };
}

/** One standing long jump (side view): crouch with arms back, take-off, flight over distanceNorm, landing. */
export function longJump(o: { readonly takeoffS: number; readonly flightS: number; readonly distanceNorm: number; readonly childHeightM?: number }): (tS: number) => JumpPose {
  return (tS) => {
    const t = tS - o.takeoffS;
    const travel = t <= 0 ? 0 : t >= o.flightS ? 1 : t / o.flightS;
    const rise = ballisticRiseNorm(t, o.flightS, o.childHeightM);
    const crouch = 0.08 * (bump(tS, o.takeoffS - 0.5, 0.5) + bump(tS, o.takeoffS + o.flightS, 0.4));
    const armDeg = t < 0 ? -60 * bump(tS, o.takeoffS - 0.6, 0.6) : t < o.flightS ? 160 * Math.sin((Math.PI * t) / o.flightS) : -20 * bump(tS, o.takeoffS + o.flightS, 0.4);
    return { bodyRiseNorm: rise, crouchNorm: crouch, ankleLiftNorm: { left: rise, right: rise }, bodyDxNorm: travel * o.distanceNorm, armDeg };
  };
}

/**
 * A running stride into a landing on both feet (what ends the Thunder track of speed-step-alternating-feet): the right
 * foot steps up at stepS and comes down to hover hoverNorm above the floor, still for hoverS (a swing foot that stops
 * falling reads as a contact to a per-foot flight detector); then the left foot leaps off alone with the body
 * (ballistic flight of flightS, the hips rising) while the right foot sinks from its hover, and both land together.
 * Both ankles are visible throughout. Not a two-foot jump: only one foot left the floor.
 */
export function strideOffOneFoot(o: { readonly stepS: number; readonly hoverNorm: number; readonly hoverS: number; readonly flightS: number }): (tS: number) => JumpPose {
  const upS = 0.3; // the right foot's step: up to 8% of H and back down to the hover level
  const leapS = o.stepS + upS + o.hoverS;
  return (tS) => {
    if (tS < o.stepS) return {};
    if (tS < o.stepS + upS) {
      const u = (tS - o.stepS) / upS;
      return { ankleLiftNorm: { right: u < 0.5 ? 0.08 * Math.sin(Math.PI * u) : o.hoverNorm + (0.08 - o.hoverNorm) * Math.sin(Math.PI * u) } };
    }
    if (tS < leapS) return { ankleLiftNorm: { right: o.hoverNorm } };
    const t = tS - leapS;
    if (t >= o.flightS) return {};
    const rise = ballisticRiseNorm(t, o.flightS);
    return { bodyRiseNorm: rise, ankleLiftNorm: { left: rise, right: o.hoverNorm * (1 - t / o.flightS) } };
  };
}
