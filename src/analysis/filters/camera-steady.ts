// Keypoints held still against the background (issue 10): where the pose pipeline measured the camera's own motion
// (PoseFrame.cameraPx, from the picture outside the person), the picture's accumulated shift is taken off every
// keypoint before any detector sees it, so a hand-held phone or a bumped tripod moves no foot off its floor. Frames
// without a measure count as a still camera: a track without the field is analysed exactly as before.
import type { PoseFrame } from '../types.ts';

export interface CameraSteadyConfig {
  /**
   * Time over which an accumulated shift is let go, ms (a leaky sum: the offset decays by e each leakTauMs). Source:
   * issue 10's camera conditions (sway of period 1.3 s, shake of 0.25 s): the leak's corner, 1 / (2 pi tau) = 0.08 Hz,
   * keeps 99% of both. Reason: a measure wrong by a few tenths of a pixel a frame would otherwise add up without bound
   * over a long recording; with the leak it stays within tau x rate x error (about 6 px at 30 fps and 0.1 px a frame),
   * and a slow pan or a tripod bumped once comes back into the picture's own frame over a few seconds, far slower
   * than a jump (0.2-0.5 s).
   */
  readonly leakTauMs: number;
  /**
   * How far the camera may have moved, unmeasured, before a frame's keypoints are unseen, as a share of the frame's
   * height (the drift: the last measured speed times the time since that measure). Source: the smallest lift a jump
   * detector acts on, 5.3% of body height (two-foot enterRiseNorm), is about 3% of a frame the child fills to 60%.
   * Reason: a frame the background could not be matched in (the person swept across it, a blurred picture) sits
   * wherever the camera took it; while the camera is still its place is right, while it moves its place is unknown,
   * and a detector must not read the camera's step as a flight. A sixth of that lift is far below any decision.
   */
  readonly maxUnmeasuredDriftShare: number;
  /**
   * Longest time after the last measure that frames are held unseen for the drift, ms. Source: a child's flight lasts
   * 0.2-0.5 s. Reason: the rule is for short gaps in a measured stretch, where the camera's unmeasured step could be
   * read as a rise and a fall; a longer stretch without texture (a pan onto a plain wall, a photo switch) would
   * otherwise lose the child for as long as it lasts. Past it, frames are taken as from a still camera, as in a track
   * without any measure.
   */
  readonly maxUnseenMs: number;
}

/**
 * maxUnseenMs is 0 (the unseen-drift rule off): measured at the deadline, it ended tree-pose-hold-10fps's hold under
 * shake-low at 4.1 s of 6.2 (10 fps, 22 of 72 frames measured: the unseen frames break the hold), a worse loss than
 * the false jumps it removes (squats-5fps shake-low 3 -> 2). It stays off until it can tell a hold's still feet apart.
 */
export const DEFAULT_CAMERA_STEADY_CONFIG: CameraSteadyConfig = { leakTauMs: 2000, maxUnmeasuredDriftShare: 0.005, maxUnseenMs: 0 };
const UNSEEN_RULE_ON: CameraSteadyConfig = { ...DEFAULT_CAMERA_STEADY_CONFIG, maxUnseenMs: 500 };
export { UNSEEN_RULE_ON as CAMERA_STEADY_WITH_UNSEEN_RULE };

export class CameraSteadier {
  private offsetX = 0;
  private offsetY = 0;
  private lastTMs: number | null = null;
  private measuredFrames = 0;
  private unseenFrames = 0;
  /** The last measure: its time and speed (px/ms), to judge how far the camera may have gone since. */
  private lastMeasure: { tMs: number; speedPxPerMs: number } | null = null;

  constructor(private readonly frameHeightPx: number, private readonly config: CameraSteadyConfig = DEFAULT_CAMERA_STEADY_CONFIG) {}

  private get driftAllowancePx(): number { return this.config.maxUnmeasuredDriftShare * this.frameHeightPx; }

  /** Frames that carried a camera measure so far. */
  get measured(): number { return this.measuredFrames; }
  /** Frames whose keypoints were unseen because the camera moved, unmeasured, too far. */
  get unseen(): number { return this.unseenFrames; }

  apply(frame: PoseFrame): PoseFrame {
    const dtMs = this.lastTMs === null ? 0 : Math.max(0, frame.tMs - this.lastTMs);
    this.lastTMs = frame.tMs;
    const keep = Math.exp(-dtMs / this.config.leakTauMs);
    this.offsetX *= keep;
    this.offsetY *= keep;
    if (frame.cameraPx) {
      this.offsetX += frame.cameraPx[0];
      this.offsetY += frame.cameraPx[1];
      this.measuredFrames++;
      const sinceMs = this.lastMeasure === null ? dtMs : frame.tMs - this.lastMeasure.tMs;
      // A shift under the drift allowance is read as a still camera: on a plain wall the measure is a pixel of noise,
      // which over a long unmeasured stretch would otherwise add up to a drift that never happened.
      const shiftPx = Math.hypot(...frame.cameraPx);
      const moving = shiftPx > this.driftAllowancePx && sinceMs > 0;
      this.lastMeasure = { tMs: frame.tMs, speedPxPerMs: moving ? shiftPx / sinceMs : 0 };
    } else if (frame.keypoints !== null && this.lastMeasure !== null) {
      const sinceMs = frame.tMs - this.lastMeasure.tMs;
      if (sinceMs <= this.config.maxUnseenMs && this.lastMeasure.speedPxPerMs * sinceMs > this.driftAllowancePx) {
        this.unseenFrames++;
        return { tMs: frame.tMs, keypoints: null };
      }
    }
    if (frame.keypoints === null || (this.offsetX === 0 && this.offsetY === 0)) return frame;
    const ox = this.offsetX; const oy = this.offsetY;
    return { ...frame, keypoints: frame.keypoints.map(([x, y, s]) => [x - ox, y - oy, s] as const) };
  }
}
