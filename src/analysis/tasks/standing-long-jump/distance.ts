// Long jump distance from the ankle keypoints around take-off and landing: the front foot's toe at take-off (the
// take-off line) to the rear foot's heel at landing, along the direction of travel. Body heights, or cm when the
// child's height is known. Undefined when the feet were not visible at either moment.
import type { FrameHistory } from '../../signals/frame-history.ts';
import type { StandingLongJumpConfig } from './constants.ts';

export interface JumpDistance {
  readonly distanceNorm: number;
  /** +1 travelling towards the image's right, -1 left. */
  readonly direction: 1 | -1;
}

interface Feet { readonly front: number; readonly rear: number; readonly body: number }

function feetAt(history: FrameHistory, fromTMs: number, toTMs: number, pick: 'last' | 'first'): { min: number; max: number; body: number } | undefined {
  let found: { min: number; max: number; body: number } | undefined;
  history.forRange(fromTMs, toTMs, (get) => {
    if (pick === 'first' && found) return;
    const l = get('ankleLX'); const r = get('ankleRX'); const body = get('bodyPx');
    if (Number.isNaN(body) || (Number.isNaN(l) && Number.isNaN(r))) return;
    const a = Number.isNaN(l) ? r : l; const b = Number.isNaN(r) ? l : r;
    found = { min: Math.min(a, b), max: Math.max(a, b), body };
  });
  return found;
}

const oriented = (f: { min: number; max: number; body: number }, dir: 1 | -1): Feet =>
  ({ front: dir === 1 ? f.max : f.min, rear: dir === 1 ? f.min : f.max, body: f.body });

export function jumpDistance(history: FrameHistory, takeoffTMs: number, landingTMs: number, c: StandingLongJumpConfig): JumpDistance | undefined {
  const before = feetAt(history, takeoffTMs - c.footWindowMs, takeoffTMs, 'last');
  const after = feetAt(history, landingTMs, landingTMs + c.footWindowMs, 'first');
  if (!before || !after) return undefined;
  const direction: 1 | -1 = (after.min + after.max) / 2 >= (before.min + before.max) / 2 ? 1 : -1;
  const t = oriented(before, direction); const l = oriented(after, direction);
  const toe = t.front + direction * c.ankleToToeNorm * t.body;
  const heel = l.rear - direction * c.ankleToHeelNorm * l.body;
  return { distanceNorm: (direction * (heel - toe)) / ((t.body + l.body) / 2), direction };
}
