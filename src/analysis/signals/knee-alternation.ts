// Whether the knees took turns over a time window: how far each knee rose above the other, relative to their usual
// height difference, taken both ways. Stepping or running lifts one knee, then the other, so both ways are large; in
// a two-foot jump the legs move together and the difference only jitters. A knee keypoint misplaced on a few frames
// moves the difference one way only, and a constant difference (a three-quarter view, a staggered stance) not at all.
import type { FrameHistory } from './frame-history.ts';

export interface KneeAlternation {
  /**
   * The smaller of the two ways: min(highest - median, median - lowest) of the knees' height difference over the
   * window, body heights; undefined when both knees were seen on fewer than MIN_FRAMES_SEEN frames.
   */
  readonly amplitudeNorm: number | undefined;
  /** Frames of the window on which both knees were seen. */
  readonly framesSeen: number;
}

/** Frames with both knees seen that the measure needs: a median and one value on each side of it. */
export const MIN_FRAMES_SEEN = 3;

export function kneeAlternation(history: FrameHistory, fromTMs: number, toTMs: number): KneeAlternation {
  const gaps: number[] = [];
  history.forRange(fromTMs, toTMs, (get) => {
    const g = get('kneeGapNorm');
    if (!Number.isNaN(g)) gaps.push(g);
  });
  if (gaps.length < MIN_FRAMES_SEEN) return { amplitudeNorm: undefined, framesSeen: gaps.length };
  gaps.sort((a, b) => a - b);
  const median = gaps[gaps.length >> 1]!;
  return { amplitudeNorm: Math.min(gaps[gaps.length - 1]! - median, median - gaps[0]!), framesSeen: gaps.length };
}
