// Synthetic crawl tracks from a documented limb-phase model (side view), for the crawl task's tests.
//
// The model: the trunk (length L px) moves forward at a constant speed of one stride per cycle period T. Each limb
// (hands = wrists; knees, or ankles on hands and feet) stays planted during its stance and swings forward by one
// stride during its swing (the first `swingShare` of its cycle), starting at its phase offset (fraction of T, left
// hand = 0). Each limb swings exactly `cycles` times, so the true cycle count is `cycles`. Patterns set the offsets:
//   reciprocal   left hand 0, right knee 0.05, right hand 0.5, left knee 0.55 (opposite hand and knee together)
//   homolateral  left hand 0, left knee 0.05, right hand 0.5, right knee 0.55 (same-side hand and knee together)
//   bunny-hop    hands 0 and 0.03, both knees 0.5 (knees together)
//   commando     reciprocal offsets, trunk low and thighs along the floor (belly)
//   bear         reciprocal offsets, knees off the floor: the feet step (hands and feet)
//   asymmetric   reciprocal offsets, the right knee never swings (dragged along with the hips)
//   none         prone prop: belly, straight arms, no limb swings and no travel
// Sides: the child faces image right (facing 1) or left (-1); the left side is the near side (scores 0.75 against 0.5).
// Noise: Gaussian pixel noise and keypoints dropped at random (score 0.05, displaced), from a seeded generator.
import type { Keypoint, PoseFrame, SourceInfo } from '../../src/analysis/types.ts';
import { KP } from '../../src/analysis/types.ts';
import { seededUniform } from './random.ts';

export type SyntheticCrawlPattern = 'reciprocal' | 'homolateral' | 'bunny-hop' | 'commando' | 'bear' | 'asymmetric' | 'none';
type LimbName = 'leftHand' | 'rightHand' | 'leftKnee' | 'rightKnee';

export interface SyntheticCrawlOptions {
  readonly pattern: SyntheticCrawlPattern;
  readonly cycles: number;
  readonly periodMs?: number;
  readonly fps?: number;
  readonly trunkPx?: number;
  /** Stride per cycle in trunk lengths. */
  readonly strideNorm?: number;
  readonly swingShare?: number;
  readonly noisePx?: number;
  /** Probability that any keypoint is dropped in a frame. */
  readonly dropRate?: number;
  readonly facing?: 1 | -1;
  readonly seed?: number;
  /** Standing still before and after the crawl, in ms. */
  readonly idleMs?: number;
}

const RECIPROCAL: Record<LimbName, number> = { leftHand: 0, rightKnee: 0.05, rightHand: 0.5, leftKnee: 0.55 };
export const SYNTHETIC_PHASES: Record<SyntheticCrawlPattern, Record<LimbName, number> | null> = {
  reciprocal: RECIPROCAL,
  homolateral: { leftHand: 0, leftKnee: 0.05, rightHand: 0.5, rightKnee: 0.55 },
  'bunny-hop': { leftHand: 0, rightHand: 0.03, leftKnee: 0.5, rightKnee: 0.5 },
  commando: RECIPROCAL, bear: RECIPROCAL, asymmetric: RECIPROCAL, none: null,
};

/** Posture heights (trunk lengths above the floor) and offsets (trunk lengths ahead of the shoulder or hip). */
const POSTURE = {
  'hands-knees': { shoulderUp: 0.85, hipUp: 0.75, handAhead: 0.05, kneeAhead: 0, kneeUp: 0.05 },
  'hands-feet': { shoulderUp: 0.9, hipUp: 1.1, handAhead: 0.05, kneeAhead: 0.15, kneeUp: 0 },
  belly: { shoulderUp: 0.35, hipUp: 0.12, handAhead: 0.4, kneeAhead: -0.8, kneeUp: 0.08 },
} as const;

function postureOf(pattern: SyntheticCrawlPattern): keyof typeof POSTURE {
  if (pattern === 'commando' || pattern === 'none') return 'belly';
  return pattern === 'bear' ? 'hands-feet' : 'hands-knees';
}

/** Completed strides of a limb at time t: whole swings done plus the smooth progress of the current one. */
function strideProgress(tMs: number, phase: number, o: Required<SyntheticCrawlOptions>): { s: number; lift: number } {
  const u = tMs / o.periodMs - phase;
  if (u < 0) return { s: 0, lift: 0 };
  const k = Math.floor(u);
  if (k >= o.cycles) return { s: o.cycles, lift: 0 };
  const f = Math.min((u - k) / o.swingShare, 1);
  return { s: k + (1 - Math.cos(Math.PI * f)) / 2, lift: f < 1 ? Math.sin(Math.PI * f) : 0 };
}

function defaults(options: SyntheticCrawlOptions): Required<SyntheticCrawlOptions> {
  return {
    periodMs: 1100, fps: 30, trunkPx: 120, strideNorm: 0.5, swingShare: 0.35, noisePx: 2, dropRate: 0.05, facing: 1,
    seed: 1, idleMs: 600, ...options,
  };
}

/** Keypoints of one frame in trunk-length units relative to the start of the shoulders (x forward, y up). */
function modelPose(tMs: number, o: Required<SyntheticCrawlOptions>): Map<number, [number, number]> {
  const posture = POSTURE[postureOf(o.pattern)];
  const phases = SYNTHETIC_PHASES[o.pattern];
  const bodyX = o.pattern === 'none' ? 0 : o.strideNorm * Math.max(0, Math.min(tMs / o.periodMs, o.cycles));
  const hipX = bodyX - 1;
  const pts = new Map<number, [number, number]>();
  const limb = (name: LimbName) => {
    if (!phases || (o.pattern === 'asymmetric' && name === 'rightKnee')) return { x: 0, lift: 0, body: true };
    const stride = o.pattern === 'commando' && name.endsWith('Knee') ? 0.6 : 1;
    const p = strideProgress(tMs, phases[name], o);
    return { x: p.s * o.strideNorm * stride + (1 - stride) * bodyX, lift: p.lift * 0.15, body: false };
  };
  for (const side of ['left', 'right'] as const) {
    const d = side === 'left' ? 0.03 : -0.03;
    pts.set(KP[`${side}_shoulder`], [bodyX + d, posture.shoulderUp]);
    pts.set(KP[`${side}_hip`], [hipX + d, posture.hipUp]);
    const hand = limb(`${side}Hand`);
    const wrist: [number, number] = [(hand.body ? bodyX : hand.x) + posture.handAhead + d, hand.lift];
    pts.set(KP[`${side}_wrist`], wrist);
    pts.set(KP[`${side}_elbow`], [(wrist[0] + bodyX) / 2 + 0.05, (wrist[1] + posture.shoulderUp) / 2]);
    legPoints(pts, side, limb(`${side}Knee`), hipX, bodyX, posture, d);
  }
  pts.set(KP.nose, [bodyX + 0.35, posture.shoulderUp + 0.15]);
  for (const [name, dx] of [['left_eye', 0.3], ['right_eye', 0.3], ['left_ear', 0.15], ['right_ear', 0.15]] as const) {
    pts.set(KP[name], [bodyX + dx, posture.shoulderUp + 0.22]);
  }
  return pts;
}

function legPoints(pts: Map<number, [number, number]>, side: 'left' | 'right', leg: { x: number; lift: number; body: boolean },
  hipX: number, bodyX: number, posture: (typeof POSTURE)[keyof typeof POSTURE], d: number): void {
  const baseX = (leg.body ? bodyX : leg.x) - 1 + d;
  if (posture === POSTURE['hands-feet']) {
    const ankle: [number, number] = [baseX + posture.kneeAhead, leg.lift];
    pts.set(KP[`${side}_ankle`], ankle);
    pts.set(KP[`${side}_knee`], [(ankle[0] + hipX) / 2 + 0.04, (ankle[1] + posture.hipUp) / 2]);
    return;
  }
  const knee: [number, number] = [baseX + posture.kneeAhead, posture.kneeUp + leg.lift];
  pts.set(KP[`${side}_knee`], knee);
  pts.set(KP[`${side}_ankle`], [knee[0] - 0.7, 0.03]);
}

/** A synthetic side-view crawl track; `cycles` is its true cycle count (0 for "none"). */
export function syntheticCrawl(options: SyntheticCrawlOptions): { source: SourceInfo; frames: PoseFrame[] } {
  const o = defaults(options);
  const rand = seededUniform(o.seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const width = 1280; const height = 720; const floorY = 600;
  const startX = o.facing === 1 ? 300 : width - 300;
  const frames: PoseFrame[] = [];
  const endMs = o.cycles * o.periodMs + 2 * o.idleMs;
  for (let tMs = 0; tMs <= endMs; tMs += 1000 / o.fps) {
    const pose = modelPose(tMs - o.idleMs, o);
    const keypoints: Keypoint[] = [];
    for (let k = 0; k < 17; k++) {
      const [xn, yn] = pose.get(k)!;
      const near = k === 0 || k % 2 === 1;
      const dropped = rand() < o.dropRate;
      const x = startX + o.facing * xn * o.trunkPx + gauss() * o.noisePx + (dropped ? (rand() - 0.5) * o.trunkPx : 0);
      const y = floorY - yn * o.trunkPx + (near ? 4 : -4) + gauss() * o.noisePx;
      keypoints.push([x, y, dropped ? 0.05 : near ? 0.75 : 0.5]);
    }
    frames.push({ tMs: Math.round(tMs * 100) / 100, keypoints });
  }
  return { source: { width, height, fps: o.fps }, frames };
}
