// How long the person and their ankles were out of view: set flags ("ankles not visible 2.1 s") and the live status
// line. Missing keypoints are information for the report, never an error.
import { KP, type Keypoint } from '../../types.ts';

/** Shortest total time out of view worth a flag, ms: a few dropped frames are normal (MoveNet misses). */
const FLAG_MIN_MS = 200;

export class VisibilityLog {
  private lastT = Number.NaN;
  private personMissingMs = 0;
  private anklesMissingMs = 0;
  private personNow = false;
  private anklesNow = false;

  update(keypoints: readonly Keypoint[] | null, tMs: number, minScore: number): void {
    const dt = Number.isFinite(this.lastT) ? Math.max(0, tMs - this.lastT) : 0;
    this.lastT = tMs;
    this.personNow = keypoints !== null && visible(keypoints, KP.left_hip, minScore) && visible(keypoints, KP.right_hip, minScore);
    this.anklesNow = keypoints !== null && (visible(keypoints, KP.left_ankle, minScore) || visible(keypoints, KP.right_ankle, minScore));
    if (!this.personNow) this.personMissingMs += dt;
    else if (!this.anklesNow) this.anklesMissingMs += dt;
  }

  status(): string {
    if (!this.personNow) return 'no child in view';
    return this.anklesNow ? 'feet visible' : 'feet not visible: step back so the whole body is in view';
  }

  flags(): string[] {
    const out: string[] = [];
    if (this.personMissingMs >= FLAG_MIN_MS) out.push(`person not visible ${(this.personMissingMs / 1000).toFixed(1)} s`);
    if (this.anklesMissingMs >= FLAG_MIN_MS) out.push(`ankles not visible ${(this.anklesMissingMs / 1000).toFixed(1)} s`);
    return out;
  }
}

const visible = (k: readonly Keypoint[], i: number, s: number) => (k[i]?.[2] ?? 0) >= s;
