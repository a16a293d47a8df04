// Points, distances and angles on keypoints. Image coordinates: x right, y down, in source pixels.
import { KP, type Keypoint, type KeypointName } from '../types.ts';

export interface Point { readonly x: number; readonly y: number }

/**
 * Minimum keypoint score to treat a keypoint as visible (unitless, 0..1). Source: pose-detection demos use 0.3;
 * CLINICAL.md notes infant leg scores average 0.38-0.51, so tasks on infants may pass a lower value.
 */
export const DEFAULT_MIN_KEYPOINT_SCORE = 0.3;

export const pointDistance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
export const pointMidpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** The keypoint as a point when its score reaches minScore, else undefined (missing is information, not an error). */
export function keypointPoint(keypoints: readonly Keypoint[], name: KeypointName, minScore = DEFAULT_MIN_KEYPOINT_SCORE): Point | undefined {
  const k = keypoints[KP[name]];
  return k !== undefined && k[2] >= minScore ? { x: k[0], y: k[1] } : undefined;
}

/** Midpoint of a left/right pair when both are visible, else the visible one, else undefined. */
export function keypointPairMidpoint(keypoints: readonly Keypoint[], left: KeypointName, right: KeypointName,
  minScore = DEFAULT_MIN_KEYPOINT_SCORE): Point | undefined {
  const a = keypointPoint(keypoints, left, minScore);
  const b = keypointPoint(keypoints, right, minScore);
  if (a && b) return pointMidpoint(a, b);
  return a ?? b;
}

/** Interior angle at vertex b of the path a-b-c, in degrees (180 = straight). */
export function angleAtDeg(a: Point, b: Point, c: Point): number {
  const v1x = a.x - b.x; const v1y = a.y - b.y; const v2x = c.x - b.x; const v2y = c.y - b.y;
  const n = Math.hypot(v1x, v1y) * Math.hypot(v2x, v2y);
  if (n === 0) return Number.NaN;
  return (Math.acos(Math.max(-1, Math.min(1, (v1x * v2x + v1y * v2y) / n))) * 180) / Math.PI;
}

/** Angle of the segment from `from` to `to` away from straight up (image y points down), in degrees, 0..180. */
export function angleFromVerticalDeg(from: Point, to: Point): number {
  const dx = to.x - from.x; const dy = from.y - to.y;
  return (Math.atan2(Math.abs(dx), dy) * 180) / Math.PI;
}
