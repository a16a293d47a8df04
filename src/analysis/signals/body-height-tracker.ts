// Smoothed standing height in pixels, frame by frame, to normalise every jump signal by body size (a child drifting
// towards the camera grows in the image; thresholds in body heights stay valid). Holds the last value through gaps.
import { bodyHeightPx } from '../geometry/body-scale.ts';
import { LowPassFilter } from '../filters/low-pass.ts';
import type { Keypoint } from '../types.ts';

/**
 * Cut-off of the body-height smoothing, Hz. Source: jump and jack cycles run at 1.5-3 Hz (labels.json clips: periods
 * 0.33-0.6 s); a bent knee shortens the leg estimate within a cycle. Reason: 0.3 Hz follows a drift towards the camera
 * (seconds) but not the within-jump shortening.
 */
export const BODY_HEIGHT_CUTOFF_HZ = 0.3;

export class BodyHeightTracker {
  private readonly filter = new LowPassFilter(BODY_HEIGHT_CUTOFF_HZ);
  private current: number | undefined;

  constructor(private readonly minScore: number) {}

  /** Updates with one frame; returns the smoothed height in px, or undefined until a body has been seen. */
  update(keypoints: readonly Keypoint[] | null, tMs: number): number | undefined {
    if (keypoints === null) return this.current;
    const h = bodyHeightPx(keypoints, this.minScore);
    if (h !== undefined && h > 0) this.current = this.filter.apply(h, tMs);
    return this.current;
  }

  get heightPx(): number | undefined {
    return this.current;
  }

  reset(): void {
    this.filter.reset();
    this.current = undefined;
  }
}
