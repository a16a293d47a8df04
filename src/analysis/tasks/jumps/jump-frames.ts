// The per-frame set-up every flight-counting jump analyser shares (two-foot jump, hop, and through the two-foot jump
// the standing long jump): the body height, the frame history its graders read, and the camera-view vote.
import { BodyHeightTracker } from '../../signals/body-height-tracker.ts';
import { cameraViewOf, type CameraView } from '../../signals/camera-view.ts';
import { FrameHistory } from '../../signals/frame-history.ts';
import type { PoseFrame } from '../../types.ts';

/** Frames kept for grading: 4 s at 60 fps covers the preparation and landing windows. */
const HISTORY_FRAMES = 256;

export class JumpFrames {
  readonly history = new FrameHistory(HISTORY_FRAMES);
  private readonly body: BodyHeightTracker;
  private sideFrames = 0;
  private frontFrames = 0;

  constructor(private readonly minKeypointScore: number) {
    this.body = new BodyHeightTracker(minKeypointScore);
  }

  /** Reads one frame into the history; returns the body height in px (undefined when it cannot be measured). */
  push({ tMs, keypoints }: PoseFrame): number | undefined {
    const s = this.minKeypointScore;
    const bodyPx = this.body.update(keypoints, tMs);
    this.history.push(keypoints, tMs, bodyPx, s);
    const view = keypoints === null ? undefined : cameraViewOf(keypoints, s);
    if (view === 'side') this.sideFrames++; else if (view === 'front') this.frontFrames++;
    return bodyPx;
  }

  /** The view of most frames that showed one; undefined before any did. */
  view(): CameraView | undefined {
    if (this.sideFrames === 0 && this.frontFrames === 0) return undefined;
    return this.sideFrames > this.frontFrames ? 'side' : 'front';
  }
}
