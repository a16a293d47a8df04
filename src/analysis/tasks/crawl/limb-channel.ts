// One limb's step counter in one view: its reach signal low-passed, then counted with hysteresis. The crawl analyser
// runs one channel per limb, view and endpoint (knee or ankle) side by side and picks the matching set at the end, so
// that live and batch analysis run the same code.
import { LowPassFilter } from '../../filters/low-pass.ts';
import { StepHysteresis } from '../../filters/step-hysteresis.ts';
import type { CrawlConfig } from './constants.ts';
import type { Limb, LimbStep } from './types.ts';

export class LimbChannel {
  readonly steps: LimbStep[] = [];
  private readonly filter: LowPassFilter;
  private readonly counter: StepHysteresis;
  private readonly maxGapMs: number;
  private lastTMs: number | undefined;

  constructor(readonly limb: Limb, config: CrawlConfig) {
    this.filter = new LowPassFilter(config.reachCutoffHz);
    this.counter = new StepHysteresis(config.stepEnterNorm, config.stepExitNorm, config.maxGapMs);
    this.maxGapMs = config.maxGapMs;
  }

  /** Feeds one reach sample (trunk lengths); returns the step recognised at this sample, if any. */
  apply(reachNorm: number, tMs: number): LimbStep | undefined {
    if (this.lastTMs !== undefined && tMs - this.lastTMs > this.maxGapMs) this.filter.reset();
    this.lastTMs = tMs;
    const step = this.counter.apply(this.filter.apply(reachNorm, tMs), tMs);
    if (!step) return undefined;
    const limbStep: LimbStep = { limb: this.limb, tMs: step.startMs, reachNorm: step.rise };
    this.steps.push(limbStep);
    return limbStep;
  }
}
