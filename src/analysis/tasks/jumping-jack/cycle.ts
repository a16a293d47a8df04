// The measurements of one jumping-jack cycle, from the end of the previous jack (closed) through the open position
// to the next close. One mutable record reused for every cycle (no per-frame allocation).

export class JackCycle {
  startTMs = 0;
  /** Closed phase before opening: the narrowest leg spread and the lowest wrists. */
  closedMinSpread = Number.NaN;
  closedMinArmsNorm = Number.NaN;
  /** Open phase: arms crossed the enter level at armsUpTMs; legs first reached "apart" at legsOpenTMs. */
  armsUpTMs = Number.NaN;
  legsOpenTMs = Number.NaN;
  maxArmsNorm = Number.NaN;
  /** Highest elbow height over the shoulders on the frames that showed no wrist in the picture (signals/elbow-rise.ts). */
  maxElbowsNorm = Number.NaN;
  maxHandsAboveHeadNorm = Number.NaN;
  maxSpread = Number.NaN;
  legFrames = 0;
  frames = 0;
  /** Frames with the arms gate open, and those of them with the legs seen. */
  openFrames = 0;
  openLegFrames = 0;

  reset(tMs: number): void {
    this.startTMs = tMs;
    this.closedMinSpread = Number.NaN; this.closedMinArmsNorm = Number.NaN;
    this.armsUpTMs = Number.NaN; this.legsOpenTMs = Number.NaN;
    this.maxArmsNorm = Number.NaN; this.maxElbowsNorm = Number.NaN; this.maxHandsAboveHeadNorm = Number.NaN; this.maxSpread = Number.NaN;
    this.legFrames = 0; this.frames = 0; this.openFrames = 0; this.openLegFrames = 0;
  }

  /** Adds one frame; `open` says whether the arms gate is in the open state. */
  add(tMs: number, open: boolean, arms: number | undefined, head: number | undefined, spread: number | undefined, openSpreadMin: number): void {
    this.frames++;
    if (open) { this.openFrames++; if (spread !== undefined) this.openLegFrames++; }
    if (spread !== undefined) {
      this.legFrames++;
      if (Number.isNaN(this.legsOpenTMs) && spread >= openSpreadMin) this.legsOpenTMs = tMs;
      if (!(spread <= this.maxSpread)) this.maxSpread = spread;
      if (!open && Number.isNaN(this.armsUpTMs) && !(spread >= this.closedMinSpread)) this.closedMinSpread = spread;
    }
    if (arms !== undefined) {
      if (!(arms <= this.maxArmsNorm)) this.maxArmsNorm = arms;
      if (!open && Number.isNaN(this.armsUpTMs) && !(arms >= this.closedMinArmsNorm)) this.closedMinArmsNorm = arms;
    }
    if (head !== undefined && !(head <= this.maxHandsAboveHeadNorm)) this.maxHandsAboveHeadNorm = head;
  }

  /** Adds the elbows' height of a frame without a wrist in the picture. */
  addElbows(elbows: number): void {
    if (!(elbows <= this.maxElbowsNorm)) this.maxElbowsNorm = elbows;
  }
}

/**
 * Whether the legs were seen well enough in this cycle to grade them: in at least `minShare` of the open position's
 * frames (the arms gate open), or, when the gate was never seen open, in any frame.
 */
export function legsSeenInCycle(c: JackCycle, minShare: number): boolean {
  return c.openFrames > 0 ? c.openLegFrames >= minShare * c.openFrames : c.legFrames > 0;
}
