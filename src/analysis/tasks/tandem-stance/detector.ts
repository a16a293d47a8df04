// The tandem stance analyser: the shared balance protocol session over the tandem hold tracker. In a front view it
// times the feet held in line and says what it cannot judge (heel-to-toe contact, the front foot) instead of guessing.
import type { CameraView } from '../../signals/camera-view.ts';
import type { PoseFrame, SourceInfo } from '../../types.ts';
import type { BalanceProtocol } from '../balance/constants.ts';
import { startStance, type StanceSession } from '../balance/session.ts';
import type { TaskAnalyzer, TaskEvent, TaskOptions, TaskProgress } from '../types.ts';
import { validateTandemStanceConfig, type TandemStanceConfig } from './constants.ts';
import { tandemPosition } from './position.ts';
import { TandemTracker } from './tandem-tracker.ts';
import type { TandemHold, TandemStanceResult } from './types.ts';

/** What each view cannot show; the UI prints these instead of a guess. */
export function notJudgedIn(view: CameraView | 'unknown'): string[] {
  if (view === 'side') return [];
  if (view === 'front') {
    return ['heel-to-toe contact: a front view cannot see the distance between the feet along the line of sight; film from the side',
      'which foot is in front'];
  }
  return ['the view: shoulders and hips were not seen, so the tandem position could not be judged'];
}

class TandemStanceAnalyzer implements TaskAnalyzer<TandemStanceResult> {
  private readonly cfg: TandemStanceConfig;
  private readonly protocol: BalanceProtocol;
  private readonly tracker: TandemTracker;
  private readonly session: StanceSession<TandemHold>;

  constructor(source: SourceInfo, options: TaskOptions = {}) {
    this.cfg = validateTandemStanceConfig(options.config);
    const cfg = this.cfg;
    ({ protocol: this.protocol, tracker: this.tracker, session: this.session } = startStance(cfg, source, options.protocol,
      (frameIntervalMs, timedTrial) => new TandemTracker(cfg, frameIntervalMs, timedTrial)));
  }

  push(frame: PoseFrame): readonly TaskEvent[] { return this.session.push(frame); }

  progress(): TaskProgress { return this.session.progress(); }

  /** A hold still going is timed up to the last frame without ending it (the tracker keeps it), so ending is a read. */
  finish(): TandemStanceResult {
    return this.snapshot();
  }

  snapshot(): TandemStanceResult {
    const view = this.tracker.views.current() ?? 'unknown';
    const base = { task: 'tandem-stance', protocol: this.protocol, view, notJudged: notJudgedIn(view) } as const;
    const first = this.session.first;
    if (this.session.frames === 1 && first) {
      const pos = tandemPosition(first, first.view, this.cfg);
      const stance = pos.inPosition === undefined ? 'not scorable' : pos.inPosition ? 'tandem' : 'not tandem';
      const flags = ['a single frame: stance classified, no hold timed'];
      if (stance === 'not scorable') flags.push('legs not visible: both ankles and the hips are needed');
      return { ...base, holds: [], longestHoldS: null, errors: [], errorScore: null, flags, stance, frontFoot: pos.frontFoot };
    }
    const { holds, errors, errorScore, flags } = this.session.summary();
    const longestHoldS = holds.length === 0 ? null : Math.max(...holds.map((h) => h.durationS));
    return { ...base, holds, longestHoldS, errors, errorScore, flags };
  }
}

export function createTandemStanceAnalyzer(source: SourceInfo, options?: TaskOptions): TaskAnalyzer<TandemStanceResult> {
  return new TandemStanceAnalyzer(source, options);
}
