// Is the child still in the picture during a set? The set pauses once the child has been gone for leaveMs and
// resumes once seen again for returnMs, by the frames' own times (deterministic, no clock).
import type { PoseFrame } from '../types.ts';
import { DEFAULT_SETUP_CONFIG } from './config.ts';

export interface PresenceConfig {
  /** Keypoints at or above the setup check's score that make "a person is here" (count of 17). */
  readonly minSeenKeypoints: number;
  /** Gone this long (ms) before the set pauses. */
  readonly leaveMs: number;
  /** Back this long (ms) before the set resumes. */
  readonly returnMs: number;
}

export const DEFAULT_PRESENCE_CONFIG: PresenceConfig = {
  // Reason: a child half out of the side of the picture still shows 6 of 17 points (one side's shoulder, hip, knee,
  // ankle and the face); fewer is what MoveNet gives for an empty room or a leg at the border (checked on the
  // empty-wall e2e camera, which yields no pose at all).
  minSeenKeypoints: 6,
  // Reason: the existing "no one in view" notice waits ~0.5 s (10 frames, pose-run-state.ts) for the same reason: a
  // frame or two of motion blur is not leaving.
  leaveMs: 500,
  // Source: the setup check's hold (DEFAULT_SETUP_CONFIG.holdMs). Reason: coming back is judged like starting.
  returnMs: DEFAULT_SETUP_CONFIG.holdMs,
};

export function personSeen(frame: PoseFrame, cfg: PresenceConfig = DEFAULT_PRESENCE_CONFIG, minScore = DEFAULT_SETUP_CONFIG.minKeypointScore): boolean {
  if (!frame.keypoints) return false;
  return frame.keypoints.filter((k) => k[2] >= minScore).length >= cfg.minSeenKeypoints;
}

export interface PresenceTracker {
  /** True while the child counts as present (the set runs); false once gone for leaveMs, until back for returnMs. */
  push(frame: PoseFrame): boolean;
  reset(): void;
}

export function createPresenceTracker(cfg: PresenceConfig = DEFAULT_PRESENCE_CONFIG): PresenceTracker {
  let present = true;
  let changeSinceMs: number | null = null;
  return {
    push(frame) {
      const seen = personSeen(frame, cfg);
      if (seen === present) { changeSinceMs = null; return present; }
      changeSinceMs ??= frame.tMs;
      if (frame.tMs - changeSinceMs >= (present ? cfg.leaveMs : cfg.returnMs)) { present = seen; changeSinceMs = null; }
      return present;
    },
    reset() { present = true; changeSinceMs = null; },
  };
}
