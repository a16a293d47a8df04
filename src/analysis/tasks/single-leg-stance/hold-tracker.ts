// The hold state machine: both feet down -> a foot rising -> holding -> ended. A hold starts when one foot has been off
// the floor (lift above liftOffNorm, reaching liftOnNorm) for holdStartMinMs, timed from its first frame off the floor;
// it ends at the first frame of a confirmed touch-down, step or fall, or where the legs were lost from view.
import type { BalanceFrame } from '../../signals/balance-frame.ts';
import { HoldMargins } from '../../signals/hold-margins.ts';
import type { SingleLegStanceConfig } from './constants.ts';
import { HoldMetrics } from '../balance/hold-metrics.ts';
import { PendingEnds, type EndKind } from '../balance/pending-ends.ts';
import type { StanceTracker, TrackerUpdate } from '../balance/session.ts';
import type { BalanceError, BalanceHold, HoldCore, HoldEndReason } from './types.ts';

/** Sideways offset of the standing ankle from the mid-hip, px (undefined when either is unseen). */
const standingFromHipX = (ankle: { x: number } | undefined, hip: { x: number } | undefined): number | undefined =>
  ankle === undefined || hip === undefined ? undefined : ankle.x - hip.x;

export class HoldTracker implements StanceTracker<BalanceHold> {
  private phase: 'down' | 'rising' | 'holding' = 'down';
  private metrics: HoldMetrics | undefined;
  private peakNorm = 0;
  private anchorAnkleX = 0; private anchorHipY = 0; private anchorAnkleFromHipX: number | undefined;
  private lostSinceMs: number | undefined;
  private risingLostSinceMs: number | undefined;
  private readonly pending: PendingEnds;
  private held: BalanceFrame[] = [];
  private margins = new HoldMargins();
  /** Time of running holds judged by the bottom-edge bound (upPastBottomEdge), ms, over the whole recording. */
  private edgeBoundMs = 0;
  private lastHoldingTMs: number | undefined;

  constructor(private readonly cfg: SingleLegStanceConfig, private readonly frameIntervalMs: number,
    private readonly handsOnHips: boolean) {
    this.pending = new PendingEnds({ 'touch-down': cfg.touchDownMinFrames, step: cfg.stepMinFrames, fall: cfg.fallMinFrames });
  }

  get holding(): boolean { return this.phase === 'holding'; }
  /** Seconds of running holds in which the standing foot was below the picture's bottom edge (a flag's figure). */
  get belowEdgeS(): number { return this.edgeBoundMs / 1000; }
  get holdStartMs(): number | undefined { return this.phase === 'holding' ? this.metrics?.startMs : undefined; }
  holdingStatus(): string { return `holding on the ${this.metrics?.liftedSide === 'left' ? 'right' : 'left'} leg`; }

  push(f: BalanceFrame): TrackerUpdate<BalanceHold> {
    if (this.phase === 'holding') return this.pushHolding(f);
    return this.pushFree(f);
  }

  /**
   * The running hold ended at endMs (recording or trial over); a pending end or a loss of view that began earlier wins.
   * keep: leave the tracker as it is (finish() called while frames may still come).
   */
  close(endMs: number, reason: HoldEndReason, keep = false): BalanceHold | undefined {
    if (this.phase !== 'holding' || !this.metrics) { if (!keep) this.reset(); return undefined; }
    const first = this.pending.first();
    const lost = this.lostSinceMs;
    const at = Math.min(endMs, first?.sinceMs ?? Infinity, lost ?? Infinity);
    const why: HoldEndReason = lost !== undefined && lost === at ? 'lost from view' : reason;
    if (keep) return this.withLeg(this.metrics.finish(at, why, this.frameIntervalMs));
    return this.end(at, why);
  }

  private pushFree(f: BalanceFrame): TrackerUpdate<BalanceHold> {
    // Only a child standing upright can start a hold: a trunk leaning past the fall angle (a prone or crawling child
    // whose feet happen to differ in height) is not a stance.
    const upright = f.trunkLeanDeg !== undefined && f.trunkLeanDeg <= this.cfg.fallLeanDeg;
    const lift = f.legsSeen && upright ? f.lift : undefined;
    if (this.bridgesQualifyingGap(f, lift === undefined && upright)) return { errors: [] };
    const off = lift !== undefined && lift.liftNorm >= this.cfg.liftOffNorm;
    if (this.phase === 'rising' && (!off || lift.liftedSide !== this.metrics?.liftedSide)) this.reset();
    if (!off) return { errors: [] };
    if (this.phase === 'down') {
      this.phase = 'rising';
      this.metrics = new HoldMetrics(lift.liftedSide, f.tMs, this.cfg, this.handsOnHips);
      this.peakNorm = 0;
      const standing = lift.liftedSide === 'left' ? f.rightAnkle : f.leftAnkle;
      this.anchorAnkleX = standing?.x ?? 0;
      this.anchorHipY = f.hip?.y ?? 0;
      this.anchorAnkleFromHipX = standingFromHipX(standing, f.hip);
    }
    const metrics = this.metrics!;
    this.peakNorm = Math.max(this.peakNorm, lift.liftNorm);
    const errors = metrics.push(f);
    if (this.peakNorm >= this.cfg.liftOnNorm && f.tMs - metrics.startMs >= this.cfg.holdStartMinMs) {
      this.phase = 'holding';
      this.margins.started(f.tMs, this.peakNorm);
      return { started: { startMs: metrics.startMs, message: `Hold on the ${lift.liftedSide === 'left' ? 'right' : 'left'} leg` }, errors };
    }
    return { errors };
  }

  /**
   * A foot that was rising and goes unseen for a moment (a confidence dropout of the lifted ankle) keeps its hold
   * qualifying, as a running hold bridges the same gap (lostMaxGapMs): the foot did not come down because it was not
   * seen. A longer gap starts over.
   */
  private bridgesQualifyingGap(f: BalanceFrame, unseen: boolean): boolean {
    if (this.phase !== 'rising' || !unseen) { this.risingLostSinceMs = undefined; return false; }
    this.risingLostSinceMs ??= f.tMs;
    return f.tMs - this.risingLostSinceMs < this.cfg.lostMaxGapMs;
  }

  private pushHolding(f: BalanceFrame): TrackerUpdate<BalanceHold> {
    const previousTMs = this.lastHoldingTMs;
    this.lastHoldingTMs = f.tMs;
    const byEdge = !f.legsSeen && this.upPastBottomEdge(f);
    if (byEdge && previousTMs !== undefined) this.edgeBoundMs += f.tMs - previousTMs;
    if (!f.legsSeen && !byEdge) {
      // An end must persist over frames that show it: frames with nothing seen say nothing, so an end under way does
      // not carry across them (two isolated frames half a second apart are two one-frame dips, not a touch-down).
      this.pending.clear();
      this.margins.interrupted();
      this.lostSinceMs ??= f.tMs;
      if (f.tMs - this.lostSinceMs >= this.cfg.lostMaxGapMs) return { ended: this.end(this.lostSinceMs, 'lost from view'), errors: [] };
      return { errors: [] };
    }
    this.lostSinceMs = undefined;
    const confirmed = this.updatePending(f);
    if (confirmed) return { ended: this.end(confirmed.sinceMs, confirmed.kind, { tMs: confirmed.sinceMs, kind: confirmed.kind }), errors: [] };
    if (this.pending.size > 0) { this.held.push(f); return { errors: [] }; }
    // A possible end that did not persist: its frames belong to the hold after all.
    const errors: BalanceError[] = [];
    for (const h of this.held) errors.push(...this.metrics!.push(h));
    this.held = [];
    errors.push(...this.metrics!.push(f));
    return { errors };
  }

  /** The three end conditions of a single-leg hold at this frame; returns the end confirmed at it, if any. */
  private updatePending(f: BalanceFrame): { kind: EndKind; sinceMs: number } | undefined {
    const m = this.metrics!;
    const heightPx = m.meanHeightPx() ?? f.heightPx ?? 1;
    const lift = f.lift ?? f.edgeLift;
    const standing = m.liftedSide === 'left' ? f.rightAnkle : f.leftAnkle;
    // The lifted foot's own lift: negative when it is now the lower one.
    this.margins.holdingFrame(lift === undefined ? undefined : lift.liftedSide === m.liftedSide ? lift.liftNorm : -lift.liftNorm, this.cfg);
    return this.pending.update({
      'touch-down': lift === undefined || lift.liftedSide !== m.liftedSide || lift.liftNorm < this.cfg.liftOffNorm,
      step: standing !== undefined && Math.abs(standing.x - this.anchorAnkleX) > this.cfg.stepNorm * heightPx
        && this.stepInBodyFrame(standingFromHipX(standing, f.hip), heightPx),
      fall: (f.hip !== undefined && f.hip.y - this.anchorHipY > this.cfg.fallDropNorm * heightPx)
        || (f.trunkLeanDeg ?? 0) > this.cfg.fallLeanDeg,
    }, f.tMs);
  }

  /**
   * The standing leg runs out of the bottom of the picture (its ankle unseen, its knee within a shank of the edge) while
   * the lifted ankle is seen at least liftOffNorm above that edge: the floor is not above the edge, so the foot is
   * still up (edge-floor-lift.ts). The hold goes on; a step cannot be judged without the standing ankle, a fall still
   * can (the hips).
   */
  private upPastBottomEdge(f: BalanceFrame): boolean {
    const e = f.edgeLift;
    return f.hip !== undefined && e !== undefined && e.liftedSide === this.metrics!.liftedSide && e.liftNorm >= this.cfg.liftOffNorm;
  }

  /**
   * The second signal a step needs: the standing foot also moved out from under the body (its offset from the mid-hip
   * changed). A camera that pans or shakes moves the foot and the hips together; unknown (no hips) keeps the image test.
   */
  private stepInBodyFrame(fromHipX: number | undefined, heightPx: number): boolean {
    if (fromHipX === undefined || this.anchorAnkleFromHipX === undefined) return true;
    return Math.abs(fromHipX - this.anchorAnkleFromHipX) > this.cfg.stepBodyFrameNorm * heightPx;
  }

  private end(endMs: number, reason: HoldEndReason, endError?: BalanceError): BalanceHold {
    const hold = this.withLeg(this.metrics!.finish(endMs, reason, this.frameIntervalMs, endError));
    this.reset();
    return hold;
  }

  private withLeg(core: HoldCore): BalanceHold {
    return { ...core, standingLeg: this.metrics!.liftedSide === 'left' ? 'right' : 'left', margins: this.margins.result(core, this.cfg) };
  }

  private reset(): void {
    this.phase = 'down';
    this.metrics = undefined;
    this.lostSinceMs = undefined;
    this.risingLostSinceMs = undefined;
    this.pending.clear();
    this.held = [];
    this.margins = new HoldMargins();
    this.lastHoldingTMs = undefined;
  }
}
