// Synthetic records for tests and benchmarks: deterministic frames, engine-like results and session details.
// The result shapes imitate what the task engines produce (reps with metrics and 0/1 criteria with evidence); records
// only relies on task, flags and the item arrays, so the exact fields do not matter.
import { KEYPOINT_NAMES, type PoseFrame, type TaskResultBase } from '../analysis/index.ts';
import type { SessionInfo } from './sessions.ts';
import type { TrackMeta } from './types.ts';

export const SYNTHETIC_TRACK_META: TrackMeta = { model: 'movenet-lightning', source: 'camera', width: 1280, height: 720, fps: 30 };

/** Frames at `fps` with a small pseudo-random walk; every 20th frame has no person (as when the child leaves). */
export function syntheticFrames(count: number, fps = 30, seed = 1): PoseFrame[] {
  let state = seed;
  const random = () => { state = (state * 1664525 + 1013904223) % 4294967296; return state / 4294967296; };
  const frames: PoseFrame[] = [];
  for (let i = 0; i < count; i++) {
    const tMs = Math.round((i * 1000) / fps * 100) / 100;
    if (i % 20 === 19) { frames.push({ tMs, keypoints: null }); continue; }
    frames.push({
      tMs,
      keypoints: KEYPOINT_NAMES.map((_, k) => [400 + k * 20 + random() * 30, 100 + k * 30 + random() * 30, random()] as const),
    });
  }
  return frames;
}

/** A two-foot-jump result with `count` reps, each with metrics, 0/1 criteria with evidence, flags. */
export function syntheticJumpResult(count: number): TaskResultBase & { count: number; reps: unknown[] } {
  const reps = Array.from({ length: count }, (_, i) => ({
    startMs: i * 1000, endMs: i * 1000 + 600, airtimeMs: 310 + (i % 7) * 5, heightCm: 8 + (i % 5),
    scorable: i % 10 !== 9,
    notScorableReasons: i % 10 === 9 ? ['legs not visible'] : [],
    criteria: {
      twoFootTakeoff: { mark: i % 3 === 0 ? 0 : 1, evidence: 'ankles left the ground 20 ms apart' },
      armsSwing: { mark: 1, evidence: 'wrists rose above shoulders' },
    },
    flags: i % 10 === 9 ? ['legs not visible 0.4 s'] : [],
  }));
  return { task: 'two-foot-jump', flags: [], count, reps };
}

export const syntheticSessionInfo = (childId: string, startedAtMs: number, engineVersion = '0.1.0'): SessionInfo => ({
  childId, task: 'two-foot-jump', protocol: 'standard', settings: { targetReps: 10 }, startedAtMs,
  source: 'live', fileName: null, model: 'movenet-lightning', backend: 'webgl', engineVersion,
});

/** Frames of a 10-minute session at 30 fps: the size the issue sets the track and save-time limits for. */
export const TEN_MINUTES_30FPS_FRAMES = 10 * 60 * 30;
