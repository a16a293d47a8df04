// The time of each live camera frame. The video's own media time is the frame's time where the browser advances it
// (Chromium, Firefox); WebKitGTK 2.50 reports mediaTime 0 for every frame of a camera stream (measured: 82 frames of
// the stub camera, all 0), which would give the analysis one instant for the whole set and count nothing. There the
// callback's monotonic clock takes over, continuing from the last media time, so times only go forward.

export class LiveFrameClock {
  private lastMs = Number.NEGATIVE_INFINITY;
  private lastNowMs = 0;
  /** Added to the callback clock once the media time has stopped advancing; null while the media time is used. */
  private wallOffsetMs: number | null = null;

  /** The frame's time (ms) from its media time (s) and the callback's clock (ms, performance.now's). */
  timeOf(mediaTimeS: number, nowMs: number): number {
    const mediaMs = mediaTimeS * 1000;
    if (this.wallOffsetMs === null && (mediaMs > this.lastMs || !Number.isFinite(this.lastMs))) {
      this.lastMs = mediaMs;
      this.lastNowMs = nowMs;
      return mediaMs;
    }
    this.wallOffsetMs ??= this.lastMs - this.lastNowMs;
    // Never the same time twice, even for two callbacks on one clock tick.
    const tMs = Math.max(nowMs + this.wallOffsetMs, this.lastMs + 1);
    this.lastMs = tMs;
    return tMs;
  }
}
