// Whether the camera's place is known on recent frames (issue 10): the pose pipeline measures the picture's shift on
// most frames (PoseFrame.cameraPx), but not on every one (the person sweeping across the background, motion blur). On
// an unmeasured frame of a still camera the keypoints are where they were; on one of a moving camera the picture sat
// wherever the camera took it, and camera-steady.ts could not take that shift off. This log says which recent frames
// were unmeasured while the camera moved, judged from the measures on both sides of the gap that have arrived so far.
import type { PoseFrame } from '../types.ts';

/**
 * How long frames are kept to be asked about, ms. Reason: a flight is judged at most landingWindowMs (250 ms) after its
 * landing and lasts under 1 s (a child's flight 0.2-0.5 s; flight-phase.ts drops one that loses the signal for 400 ms);
 * 3 s covers a flight and its floor frames with margin and bounds the memory of a long set.
 */
const KEEP_MS = 3000;

interface Entry { readonly tMs: number; readonly measured: boolean; /** Measured vertical speed of the picture, px/ms. */ readonly speed: number }

export class CameraPlacementLog {
  private readonly entries: Entry[] = [];
  private lastMeasureTMs: number | undefined;
  private firstTMs: number | undefined;
  private anyMeasure = false;

  push(frame: PoseFrame): void {
    const { tMs } = frame;
    this.firstTMs ??= tMs;
    let speed = 0;
    if (frame.cameraPx) {
      // The shift is measured from the last matched frame (or the first frame): its speed spans the gap before it.
      const fromTMs = this.lastMeasureTMs ?? this.firstTMs;
      // Vertical only: a sideways step of the picture moves no foot off its floor.
      speed = tMs > fromTMs ? Math.abs(frame.cameraPx[1]) / (tMs - fromTMs) : 0;
      this.lastMeasureTMs = tMs;
      this.anyMeasure = true;
    }
    this.entries.push({ tMs, measured: frame.cameraPx !== undefined, speed });
    while (this.entries.length > 0 && this.entries[0]!.tMs < tMs - KEEP_MS) this.entries.shift();
  }

  /**
   * The largest vertical step the picture may have taken, unmeasured, on a frame within [fromTMs, toTMs], px: on an
   * unmeasured frame camera-steady.ts still takes off the shift of the last measured frame (or none before the first),
   * so its keypoints are off by the camera's motion since then (driftAtPx). Measured frames, and every frame of a
   * recording with no measure yet (a plain wall, an older track: its camera counts as still, as before), give 0.
   */
  unmeasuredDriftPx(fromTMs: number, toTMs: number): number {
    if (!this.anyMeasure) return 0;
    let most = 0;
    for (let i = 0; i < this.entries.length; i++) {
      const e = this.entries[i]!;
      if (e.tMs < fromTMs || e.tMs > toTMs || e.measured) continue;
      most = Math.max(most, this.driftAtPx(i));
    }
    return most;
  }

  /**
   * The camera's motion on an unmeasured frame since the last measured one: the first measure after the gap spans the
   * whole gap (each shift is measured from the last matched frame), so its mean speed over the gap, times the time
   * since the gap began; while the gap is still open, the speed of the measure before it (the camera as last seen).
   * Before the first measure the gap begins at the first frame.
   */
  private driftAtPx(i: number): number {
    const t = this.entries[i]!.tMs;
    let sinceTMs = this.firstTMs ?? t;
    let speed = 0;
    for (let j = i - 1; j >= 0; j--) {
      const e = this.entries[j]!;
      if (e.measured) { sinceTMs = e.tMs; speed = e.speed; break; }
    }
    for (let j = i + 1; j < this.entries.length; j++) {
      const e = this.entries[j]!;
      if (e.measured) { speed = e.speed; break; }
    }
    return speed * (t - sinceTMs);
  }
}
