// The tandem hold state machine: out of position -> in position (for holdStartMinMs, timed from its first frame) ->
// holding -> ended at the first frame of a confirmed step (the feet leave the tandem position or a foot moves), a fall,
// or where the legs were lost from view. Measures come from the shared HoldMetrics.
import type { BalanceFrame } from '../../signals/balance-frame.ts';
import type { CameraView } from '../../signals/camera-view.ts';
import { HoldMetrics } from '../balance/hold-metrics.ts';
import { PendingEnds, type EndKind } from '../balance/pending-ends.ts';
import type { StanceTracker, TrackerUpdate } from '../balance/session.ts';
import type { BalanceError, HoldCore, HoldEndReason } from '../balance/types.ts';
import type { TandemStanceConfig } from './constants.ts';
import { tandemPosition, type TandemPosition } from './position.ts';
import type { TandemHold } from './types.ts';
import { ViewVote } from './view-vote.ts';

export class TandemTracker implements StanceTracker<TandemHold> {
  private phase: 'out' | 'rising' | 'holding' = 'out';
  private metrics: HoldMetrics | undefined;
  private anchorLeftX = 0; private anchorRightX = 0; private anchorHipY = 0;
  private frontLeft = 0; private frontRight = 0;
  private lostSinceMs: number | undefined;
  private readonly pending: PendingEnds;
  private held: BalanceFrame[] = [];
  readonly views = new ViewVote();

  constructor(private readonly cfg: TandemStanceConfig, private readonly frameIntervalMs: number,
    private readonly handsOnHips: boolean) {
    this.pending = new PendingEnds({ 'touch-down': cfg.stepMinFrames, step: cfg.stepMinFrames, fall: cfg.fallMinFrames });
  }

  get holding(): boolean { return this.phase === 'holding'; }
  get holdStartMs(): number | undefined { return this.phase === 'holding' ? this.metrics?.startMs : undefined; }
  holdingStatus(): string { return 'holding the tandem stance'; }

  push(f: BalanceFrame): TrackerUpdate<TandemHold> {
    this.views.add(f.view);
    const pos = tandemPosition(f, this.views.current(), this.cfg);
    return this.phase === 'holding' ? this.pushHolding(f, pos) : this.pushFree(f, pos);
  }

  close(endMs: number, reason: HoldEndReason, keep = false): TandemHold | undefined {
    if (this.phase !== 'holding' || !this.metrics) { if (!keep) this.reset(); return undefined; }
    const lost = this.lostSinceMs;
    const at = Math.min(endMs, this.pending.first()?.sinceMs ?? Infinity, lost ?? Infinity);
    const why: HoldEndReason = lost !== undefined && lost === at ? 'lost from view' : reason;
    if (keep) return this.withPosition(this.metrics.finish(at, why, this.frameIntervalMs));
    return this.end(at, why);
  }

  private pushFree(f: BalanceFrame, pos: TandemPosition): TrackerUpdate<TandemHold> {
    // Only a child standing upright can start a hold (see the single-leg tracker).
    const upright = f.trunkLeanDeg !== undefined && f.trunkLeanDeg <= this.cfg.fallLeanDeg;
    if (pos.inPosition !== true || !upright) { this.reset(); return { errors: [] }; }
    if (this.phase === 'out') {
      this.phase = 'rising';
      this.metrics = new HoldMetrics(undefined, f.tMs, this.cfg, this.handsOnHips);
      this.anchorLeftX = f.leftAnkle?.x ?? 0; this.anchorRightX = f.rightAnkle?.x ?? 0; this.anchorHipY = f.hip?.y ?? 0;
    }
    const errors = this.pushMeasured(f, pos);
    if (f.tMs - this.metrics!.startMs >= this.cfg.holdStartMinMs) {
      this.phase = 'holding';
      return { started: { startMs: this.metrics!.startMs, message: 'Tandem stance' }, errors };
    }
    return { errors };
  }

  private pushHolding(f: BalanceFrame, pos: TandemPosition): TrackerUpdate<TandemHold> {
    if (pos.inPosition === undefined) {
      this.lostSinceMs ??= f.tMs;
      if (f.tMs - this.lostSinceMs >= this.cfg.lostMaxGapMs) return { ended: this.end(this.lostSinceMs, 'lost from view'), errors: [] };
      return { errors: [] };
    }
    this.lostSinceMs = undefined;
    const h = this.metrics!.meanHeightPx() ?? f.heightPx ?? 1;
    const moved = (p: { x: number } | undefined, anchor: number) => p !== undefined && Math.abs(p.x - anchor) > this.cfg.stepNorm * h;
    const confirmed = this.pending.update({
      step: !pos.inPosition || moved(f.leftAnkle, this.anchorLeftX) || moved(f.rightAnkle, this.anchorRightX),
      fall: (f.hip !== undefined && f.hip.y - this.anchorHipY > this.cfg.fallDropNorm * h) || (f.trunkLeanDeg ?? 0) > this.cfg.fallLeanDeg,
    }, f.tMs);
    if (confirmed) return { ended: this.end(confirmed.sinceMs, confirmed.kind, endError(confirmed)), errors: [] };
    if (this.pending.size > 0) { this.held.push(f); return { errors: [] }; }
    // A possible end that did not persist: its frames belong to the hold after all.
    const errors: BalanceError[] = [];
    for (const frame of this.held) errors.push(...this.metrics!.push(frame));
    this.held = [];
    errors.push(...this.pushMeasured(f, pos));
    return { errors };
  }

  private pushMeasured(f: BalanceFrame, pos: TandemPosition): readonly BalanceError[] {
    if (pos.frontFoot === 'left') this.frontLeft++;
    if (pos.frontFoot === 'right') this.frontRight++;
    return this.metrics!.push(f);
  }

  private end(endMs: number, reason: HoldEndReason, error?: BalanceError): TandemHold {
    const hold = this.withPosition(this.metrics!.finish(endMs, reason, this.frameIntervalMs, error));
    this.reset();
    return hold;
  }

  private withPosition(core: HoldCore): TandemHold {
    const view: CameraView | undefined = this.views.current();
    const frontFoot = view !== 'side' || this.frontLeft === this.frontRight ? null : this.frontLeft > this.frontRight ? 'left' : 'right';
    return { ...core, frontFoot, view: view ?? 'unknown' };
  }

  private reset(): void {
    this.phase = 'out';
    this.metrics = undefined;
    this.lostSinceMs = undefined;
    this.frontLeft = 0; this.frontRight = 0;
    this.pending.clear();
    this.held = [];
  }
}

const endError = (e: { kind: EndKind; sinceMs: number }): BalanceError => ({ tMs: e.sinceMs, kind: e.kind });
