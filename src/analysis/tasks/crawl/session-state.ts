// What the crawl analyser accumulates while frames arrive: limb channels for both views and both leg endpoints,
// posture time per view, keypoint visibility and scores, and the body's position for the distance travelled.
// Kept apart from the analyser so that the per-frame work stays small and easy to read.
import { crawlFrameGeometry } from '../../signals/crawl-body-scale.ts';
import { limbReachNorm, reachAnchors, type ReachAnchors } from '../../signals/limb-reach.ts';
import { RunningMedian } from '../../filters/running-median.ts';
import { KP, type Keypoint } from '../../types.ts';
import type { CrawlConfig } from './constants.ts';
import { LimbChannel } from './limb-channel.ts';
import { crawlPosture } from './posture.ts';
import { LIMBS, type CrawlPosture, type CrawlView, type LimbStep } from './types.ts';

export const POSTURES: readonly CrawlPosture[] = ['hands-knees', 'hands-feet', 'belly', 'upright', 'unknown'];
export const VIEWS: readonly CrawlView[] = ['side', 'front'];
export type ChannelKey = `${CrawlView}/${'knees' | 'feet'}`;

const emptyTally = (): Record<CrawlPosture, number> => ({ 'hands-knees': 0, 'hands-feet': 0, belly: 0, upright: 0, unknown: 0 });

export class CrawlSessionState {
  readonly channels = new Map<ChannelKey, LimbChannel[]>();
  readonly postureMs: Record<CrawlView, Record<CrawlPosture, number>> = { side: emptyTally(), front: emptyTally() };
  frames = 0;
  handFrames = 0;
  sidenessSum = 0;
  geometryFrames = 0;
  scoreSum = { hands: 0, knees: 0 };
  readonly centre: { x: number; trunkPx: number; facing: number }[] = [];
  firstTMs: number | undefined;
  lastTMs: number | undefined;
  /** Trunk length over the last frames: one frame with the hips missing must not rescale every reach. */
  private readonly trunk: RunningMedian;

  constructor(private readonly config: CrawlConfig) {
    this.trunk = new RunningMedian(config.trunkMedianFrames);
    // Hands are the same in both leg sets: the feet set holds only the two legs (ankles).
    for (const view of VIEWS) {
      this.channels.set(`${view}/knees`, LIMBS.map((limb) => new LimbChannel(limb, config)));
      this.channels.set(`${view}/feet`, LIMBS.filter((l) => l.endsWith('Knee')).map((limb) => new LimbChannel(limb, config)));
    }
  }

  view(): CrawlView {
    return this.geometryFrames > 0 && this.sidenessSum / this.geometryFrames > 0.5 ? 'side' : 'front';
  }

  /** Feeds one frame; returns the hand steps recognised in the current view's channels. */
  push(tMs: number, keypoints: readonly Keypoint[] | null): LimbStep[] {
    const dtMs = this.lastTMs === undefined ? 0 : Math.min(tMs - this.lastTMs, this.config.maxGapMs);
    this.firstTMs ??= tMs;
    this.lastTMs = tMs;
    this.frames++;
    const min = this.config.minKeypointScore;
    const geometry = keypoints === null ? undefined : crawlFrameGeometry(keypoints, min);
    if (keypoints === null || geometry === undefined) {
      for (const view of VIEWS) this.postureMs[view].unknown += dtMs;
      return [];
    }
    this.geometryFrames++;
    this.sidenessSum += geometry.sideness;
    const trunkPx = this.trunk.apply(geometry.trunkPx);
    this.tallyScores(keypoints);
    for (const view of VIEWS) this.postureMs[view][crawlPosture(keypoints, view, trunkPx, min)] += dtMs;
    const anchors = reachAnchors(keypoints, min);
    if (anchors.shoulders && anchors.hips) {
      this.centre.push({ x: (anchors.shoulders.x + anchors.hips.x) / 2, trunkPx, facing: geometry.facing });
    }
    return this.feedChannels(keypoints, anchors, tMs, geometry.facing, trunkPx);
  }

  /** Each limb's reach is computed once per frame and fed to its side-view and front-view channels. */
  private feedChannels(keypoints: readonly Keypoint[], anchors: ReachAnchors, tMs: number, facing: 1 | -1, trunkPx: number): LimbStep[] {
    const min = this.config.minKeypointScore;
    const current = this.view();
    const found: LimbStep[] = [];
    for (const legs of ['knees', 'feet'] as const) {
      const side = this.channels.get(`side/${legs}`)!;
      const front = this.channels.get(`front/${legs}`)!;
      for (let i = 0; i < side.length; i++) {
        const reach = limbReachNorm(keypoints, side[i]!.limb, legs === 'feet', anchors, facing, trunkPx, min);
        if (!reach) continue;
        const sideStep = side[i]!.apply(reach.sideNorm, tMs);
        const frontStep = front[i]!.apply(reach.frontNorm, tMs);
        const step = current === 'side' ? sideStep : frontStep;
        if (step && legs === 'knees') found.push(step);
      }
    }
    return found;
  }

  private tallyScores(keypoints: readonly Keypoint[]): void {
    const lw = keypoints[KP.left_wrist]![2]; const rw = keypoints[KP.right_wrist]![2];
    if (Math.max(lw, rw) >= this.config.minKeypointScore) this.handFrames++;
    this.scoreSum.hands += (lw + rw) / 2;
    this.scoreSum.knees += (keypoints[KP.left_knee]![2] + keypoints[KP.right_knee]![2]) / 2;
  }
}
