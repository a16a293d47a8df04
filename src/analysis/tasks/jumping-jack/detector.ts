// Jumping-jack analyser: an arms hysteresis gate (wrists above / below the shoulders, in body heights; the elbows
// for arms up when the picture shows no wrist) makes the open-close cycle; a cycle is a jack when it closes. When the legs are in view they must open too (an arm raise with
// the feet together is not a jack); when they are not, the jack is counted from the arms and flagged.
import { BodyHeightTracker } from '../../signals/body-height-tracker.ts';
import { ELBOW_SHARE_OF_WRIST_RISE, elbowRiseNorm, wristInPicture } from '../../signals/elbow-rise.ts';
import { HysteresisGate } from '../../signals/hysteresis-gate.ts';
import { legSpreadRatio, type LegVisibility } from '../../signals/leg-spread.ts';
import { wristAboveHeadNorm, wristRiseNorm } from '../../signals/wrist-rise.ts';
import type { PoseFrame, SourceInfo } from '../../types.ts';
import type { TaskAnalyzer, TaskEvent, TaskProgress } from '../types.ts';
import type { JumpingJackConfig } from './constants.ts';
import { JackCycle, legsSeenInCycle } from './cycle.ts';
import { gradeJumpingJack, type JumpingJackRep } from './grader.ts';
import { summariseJumpingJacks, type JumpingJackResult } from './result.ts';

export class JumpingJackAnalyzer implements TaskAnalyzer<JumpingJackResult> {
  private readonly body: BodyHeightTracker;
  private readonly gate: HysteresisGate;
  private readonly cycle = new JackCycle();
  private readonly reps: JumpingJackRep[] = [];
  private readonly legsSeenWhen: LegVisibility;
  private readonly topEdgePx: number;
  /** Elbow height over the shoulders that opens the gate when no wrist is in the picture, body heights. */
  private readonly elbowsEnterNorm: number;
  private armsOnly = 0;
  private armsMissingMs = 0;
  private legsMissingMs = 0;
  private lastTMs = Number.NaN;
  private armsSeen = false;
  private legsSeen = false;

  constructor(source: SourceInfo, private readonly config: JumpingJackConfig) {
    this.body = new BodyHeightTracker(config.minKeypointScore);
    this.gate = new HysteresisGate(config.arms);
    this.legsSeenWhen = { maxAnkleYPx: source.height * (1 - config.frameEdgeFraction), minShankPerTrunk: config.minShankPerTrunk };
    this.topEdgePx = source.height * config.topEdgeFraction;
    this.elbowsEnterNorm = config.arms.enter * ELBOW_SHARE_OF_WRIST_RISE;
  }

  push(frame: PoseFrame): readonly TaskEvent[] {
    const { tMs, keypoints } = frame;
    const dt = Number.isFinite(this.lastTMs) ? tMs - this.lastTMs : 0;
    if (!Number.isFinite(this.lastTMs)) this.cycle.reset(tMs);
    this.lastTMs = tMs;
    const s = this.config.minKeypointScore;
    const bodyPx = this.body.update(keypoints, tMs);
    if (keypoints === null || bodyPx === undefined) {
      this.armsSeen = false; this.legsSeen = false; this.armsMissingMs += dt;
      return NO_EVENTS;
    }
    const arms = wristRiseNorm(keypoints, bodyPx, s);
    const elbows = wristInPicture(keypoints, s, this.topEdgePx) ? undefined : elbowRiseNorm(keypoints, bodyPx, s, this.topEdgePx);
    const spread = legSpreadRatio(keypoints, s, this.legsSeenWhen);
    this.armsSeen = arms !== undefined || elbows !== undefined; this.legsSeen = spread !== undefined;
    if (!this.armsSeen) this.armsMissingMs += dt;
    if (spread === undefined) this.legsMissingMs += dt;
    const change = this.armsSeen ? this.gate.step(this.armsUp(arms, elbows), arms !== undefined && arms <= this.config.arms.exit, tMs) : undefined;
    if (change === 'entered') this.cycle.armsUpTMs = tMs;
    this.cycle.add(tMs, this.gate.isOn, arms, wristAboveHeadNorm(keypoints, bodyPx, s), spread, this.config.openLegSpreadMin);
    if (elbows !== undefined) this.cycle.addElbows(elbows);
    return change === 'exited' ? this.closeCycle(tMs) : NO_EVENTS;
  }

  /**
   * Arms up: the wrists at `arms.enter` (as before the elbows were read: a wrist on the top border is at least that
   * high), or, on a frame that shows no wrist in the picture, the elbows at the same arm raise. Arms down needs the
   * wrists (`arms.exit`): a frame without them never closes the gate, and low elbows alone never count as arms down.
   */
  private armsUp(arms: number | undefined, elbows: number | undefined): boolean {
    return (arms !== undefined && arms >= this.config.arms.enter) || (elbows !== undefined && elbows >= this.elbowsEnterNorm);
  }

  progress(): TaskProgress {
    const status = !this.armsSeen ? 'arms not visible' : this.legsSeen ? 'arms and legs visible' : 'legs not visible: counting from the arms';
    return { count: this.reps.length, unit: 'jumping jacks', status };
  }

  /** Nothing is pending between frames (a jack counts when the arms come down), so ending the set is a read. */
  finish(): JumpingJackResult {
    return this.snapshot();
  }

  snapshot(): JumpingJackResult {
    return summariseJumpingJacks(this.reps, this.armsOnly, this.armsMissingMs, this.legsMissingMs);
  }

  private closeCycle(tMs: number): readonly TaskEvent[] {
    const c = this.cycle;
    let events = NO_EVENTS;
    if (legsSeenInCycle(c, this.config.minOpenLegsSeenShare) && !(c.maxSpread >= this.config.openLegSpreadMin)) {
      this.armsOnly++; // the legs were in view and stayed together: an arm raise, not a jack
    } else {
      const rep = gradeJumpingJack(this.reps.length + 1, c, tMs, this.config);
      this.reps.push(rep);
      events = [{ kind: 'rep', tMs, message: `Jumping jack ${rep.index}${rep.legsNotVisible ? ' (legs not visible)' : ''}` }];
    }
    c.reset(tMs);
    return events;
  }
}

const NO_EVENTS: readonly TaskEvent[] = [];
