// The single-leg stance analyser: the shared protocol session (session.ts) over the single-leg hold tracker, plus the
// single-frame verdict for stills.
import type { PoseFrame, SourceInfo } from '../../types.ts';
import type { TaskAnalyzer, TaskEvent, TaskOptions, TaskProgress } from '../types.ts';
import type { BalanceProtocol } from '../balance/constants.ts';
import { validateSingleLegStanceConfig, type SingleLegStanceConfig } from './constants.ts';
import { longestPerLeg } from './longest.ts';
import { HoldTracker } from './hold-tracker.ts';
import { startStance, type StanceSession } from '../balance/session.ts';
import { classifyStill } from './still.ts';
import type { BalanceHold, SingleLegStanceResult } from './types.ts';

class SingleLegStanceAnalyzer implements TaskAnalyzer<SingleLegStanceResult> {
  private readonly cfg: SingleLegStanceConfig;
  private readonly protocol: BalanceProtocol;
  private readonly session: StanceSession<BalanceHold>;
  private readonly tracker: HoldTracker;

  constructor(source: SourceInfo, options: TaskOptions = {}) {
    this.cfg = validateSingleLegStanceConfig(options.config);
    const cfg = this.cfg;
    ({ protocol: this.protocol, session: this.session, tracker: this.tracker } = startStance(cfg, source, options.protocol,
      (frameIntervalMs, timedTrial) => new HoldTracker(cfg, frameIntervalMs, timedTrial)));
  }

  push(frame: PoseFrame): readonly TaskEvent[] { return this.session.push(frame); }

  progress(): TaskProgress { return this.session.progress(); }

  /** A hold still going is timed up to the last frame without ending it (the tracker keeps it), so ending is a read. */
  finish(): SingleLegStanceResult {
    return this.snapshot();
  }

  snapshot(): SingleLegStanceResult {
    const first = this.session.first;
    if (this.session.frames === 1 && first) {
      // A still: classify the stance; there is no time to hold.
      const verdict = classifyStill(first, this.cfg);
      return {
        task: 'single-leg-stance', protocol: this.protocol, holds: [], longestHoldS: { left: null, right: null }, errors: [],
        errorScore: null, flags: ['a single frame: stance classified, no hold timed', ...verdict.flags],
        stance: verdict.stance, standingLeg: verdict.standingLeg,
      };
    }
    const { holds, errors, errorScore, flags } = this.session.summary();
    const belowEdgeS = this.tracker.belowEdgeS;
    if (belowEdgeS > 0) {
      flags.push(`standing foot below the picture's bottom edge ${belowEdgeS.toFixed(1)} s of the holds: the lifted foot ` +
        'was measured from the edge (a lower bound of its lift) and steps were not judged');
    }
    return { task: 'single-leg-stance', protocol: this.protocol, holds, longestHoldS: longestPerLeg(holds), errors, errorScore, flags };
  }
}

export function createSingleLegStanceAnalyzer(source: SourceInfo, options?: TaskOptions): TaskAnalyzer<SingleLegStanceResult> {
  return new SingleLegStanceAnalyzer(source, options);
}
