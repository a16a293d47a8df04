// The standing long jump result: each jump's distance (body heights, cm when the child's height is known) with the
// two-foot jump metrics and TGMD-3 criteria, the best and mean distance, and the item score over two trials.
import type { CameraView } from '../../signals/camera-view.ts';
import type { TwoFootJumpRep } from '../jumps/two-foot-grader.ts';
import { itemScoreOf, metricSummary } from '../jumps/summary.ts';
import type { JumpSetResult, MetricSummary } from '../jumps/types.ts';

export interface LongJumpRep extends TwoFootJumpRep {
  /** Take-off toes to the nearest landing heel, body heights; undefined when not scorable (distanceNotScorable). */
  readonly distanceNorm: number | undefined;
  readonly distanceCm: number | undefined;
  /** Direction of travel: across the image, or along the camera axis (seen as the child growing or shrinking). */
  readonly direction: 'left' | 'right' | 'toward the camera' | 'away from the camera';
  /** Why the distance is not given, when it is not. */
  readonly distanceNotScorable?: string;
}

export interface StandingLongJumpResult extends JumpSetResult<LongJumpRep> {
  readonly task: 'standing-long-jump';
  readonly view: CameraView | undefined;
  /** Best, mean and consistency of each metric over the set (not "summary": the CLI prints the track summary there). */
  readonly setSummary: {
    readonly distanceNorm: MetricSummary | undefined;
    readonly distanceCm: MetricSummary | undefined;
    readonly flightMs: MetricSummary | undefined;
  };
}

export function summariseLongJumps(reps: readonly LongJumpRep[], jumpFlags: readonly string[],
  skipped: { inPlace: number; unmeasured: number }, view: CameraView | undefined): StandingLongJumpResult {
  const flags = [...jumpFlags];
  if (view === 'front') flags.push('front view: distance along the camera axis is not visible; film from the side');
  if (skipped.inPlace > 0) flags.push(`${skipped.inPlace} jumps in place not counted as long jumps`);
  if (skipped.unmeasured > 0) flags.push(`${skipped.unmeasured} jumps not measured: feet not visible at take-off or landing`);
  return {
    task: 'standing-long-jump', count: reps.length, reps, flags, view,
    itemScore: itemScoreOf(reps, 'TGMD-3 horizontal jump criteria, first 2 trials'),
    setSummary: {
      distanceNorm: metricSummary(reps.map((r) => r.distanceNorm)),
      distanceCm: metricSummary(reps.map((r) => r.distanceCm)),
      flightMs: metricSummary(reps.map((r) => r.flightMs?.value)),
    },
  };
}
