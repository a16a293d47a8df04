// Standing long jump analyser: the two-foot jump analyser does the counting, checks and TGMD-3 criteria; each jump
// it settles is measured here for distance, and only jumps that travel forward count as long jumps.
import type { PoseFrame, SourceInfo } from '../../types.ts';
import { TwoFootJumpAnalyzer } from '../jumps/two-foot-analyzer.ts';
import { round } from '../jumps/summary.ts';
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

  constructor(private readonly source: SourceInfo, private readonly config: StandingLongJumpConfig) {
    this.inner = new TwoFootJumpAnalyzer(source, config.jump);
  }

  push(frame: PoseFrame): readonly TaskEvent[] {
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
}
