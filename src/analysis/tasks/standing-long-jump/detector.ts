// Standing long jump analyser: the two-foot jump analyser does the counting, checks and TGMD-3 criteria; each jump
// it settles is measured here for distance, and only jumps that travel forward count as long jumps.
import { DEPTH_TRAVEL_MIN_GROWTH, DepthTravelLog } from '../../signals/depth-travel.ts';
import type { PoseFrame, SourceInfo } from '../../types.ts';
import { TwoFootJumpAnalyzer } from '../jumps/two-foot-analyzer.ts';
import { round } from '../jumps/summary.ts';
import type { TwoFootJumpRep } from '../jumps/two-foot-grader.ts';
import type { TaskAnalyzer, TaskEvent, TaskProgress } from '../types.ts';
import type { StandingLongJumpConfig } from './constants.ts';
import { jumpDistance } from './distance.ts';
import { summariseLongJumps, type LongJumpRep, type StandingLongJumpResult } from './result.ts';
import type { TwoFootJumpResult } from '../jumps/two-foot-result.ts';

export class StandingLongJumpAnalyzer implements TaskAnalyzer<StandingLongJumpResult> {
  private readonly inner: TwoFootJumpAnalyzer;
  private readonly reps: LongJumpRep[] = [];
  private seen = 0;
  private inPlace = 0;
  private unmeasured = 0;
  private readonly depth: DepthTravelLog;

  constructor(private readonly source: SourceInfo, private readonly config: StandingLongJumpConfig) {
    this.inner = new TwoFootJumpAnalyzer(source, config.jump);
    this.depth = new DepthTravelLog(config.jump.minKeypointScore);
  }

  push(frame: PoseFrame): readonly TaskEvent[] {
    this.depth.push(frame.keypoints, frame.tMs);
    const events = this.inner.push(frame);
    return events.length === 0 ? events : this.measureNew();
  }

  progress(): TaskProgress {
    return { ...this.inner.progress(), count: this.reps.length, unit: 'long jumps' };
  }

  snapshot(): StandingLongJumpResult {
    return this.summarise(this.inner.snapshot());
  }

  finish(): StandingLongJumpResult {
    const jumps = this.inner.finish();
    this.measureNew();
    return this.summarise(jumps);
  }

  private summarise(jumps: TwoFootJumpResult): StandingLongJumpResult {
    return summariseLongJumps(this.reps, jumps.flags, { inPlace: this.inPlace, unmeasured: this.unmeasured }, jumps.view);
  }

  private measureNew(): TaskEvent[] {
    const events: TaskEvent[] = [];
    const all = this.inner.countedReps;
    for (; this.seen < all.length; this.seen++) {
      const jump = all[this.seen]!;
      const growth = this.depth.growth(jump.takeoffTMs, jump.landingTMs, this.config.footWindowMs * 2);
      if (growth !== undefined && Math.abs(growth) >= DEPTH_TRAVEL_MIN_GROWTH) { events.push(this.depthJump(jump, growth)); continue; }
      const d = jumpDistance(this.inner.frames, jump.takeoffTMs, jump.landingTMs, this.config);
      if (d === undefined) { this.unmeasured++; continue; }
      if (d.distanceNorm < this.config.minDistanceNorm) { this.inPlace++; continue; }
      const h = this.source.childHeightCm;
      const rep: LongJumpRep = { ...jump, index: this.reps.length + 1, distanceNorm: round(d.distanceNorm, 3),
        distanceCm: h ? round(d.distanceNorm * h, 1) : undefined, direction: d.direction === 1 ? 'right' : 'left' };
      this.reps.push(rep);
      events.push({ kind: 'rep', tMs: jump.landingTMs, message: `Long jump ${rep.index}: ${rep.distanceCm ? `${rep.distanceCm} cm` : `${rep.distanceNorm} body heights`}` });
    }
    return events;
  }

  /** A long jump along the camera axis: counted, its distance not scorable (the picture shows no length there). */
  private depthJump(jump: TwoFootJumpRep, growth: number): TaskEvent {
    const toward = growth > 0;
    const rep: LongJumpRep = { ...jump, index: this.reps.length + 1, distanceNorm: undefined, distanceCm: undefined,
      direction: toward ? 'toward the camera' : 'away from the camera',
      distanceNotScorable: `the child ${toward ? 'grew' : 'shrank'} ${Math.round(Math.abs(growth) * 100)}% in the picture: ` +
        `travel ${toward ? 'toward' : 'away from'} the camera, whose length a single camera cannot measure; film from the side` };
    this.reps.push(rep);
    return { kind: 'rep', tMs: jump.landingTMs, message: `Long jump ${rep.index}: distance not measurable from the front` };
  }
}
