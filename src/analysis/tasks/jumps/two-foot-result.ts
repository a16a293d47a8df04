// The two-foot jump set result: count, per-rep metrics, best / mean / consistency, item score and set flags.
import type { CameraView } from '../../signals/camera-view.ts';
import type { TwoFootJumpRep } from './two-foot-grader.ts';
import { itemScoreOf, metricSummary } from './summary.ts';
import type { JumpSetResult, MetricSummary } from './types.ts';
import { rhythmOf, type Rhythm } from '../../signals/rhythm.ts';

export interface TwoFootJumpResult extends JumpSetResult<TwoFootJumpRep> {
  readonly task: 'two-foot-jump';
  readonly view: CameraView | undefined;
  /** Best, mean and consistency of each metric over the set (not "summary": the CLI prints the track summary there). */
  readonly setSummary: {
    readonly heightCm: MetricSummary | undefined;
    readonly flightMs: MetricSummary | undefined;
    readonly kneeFlexionAtLandingDeg: MetricSummary | undefined;
    readonly rhythm: Rhythm | undefined;
    /** Flights left uncounted because the feet left or landed one after the other (stepping, running). */
    readonly rejectedAlternating: number;
    /** Foot lifts left uncounted because the hips did not rise (no flight of the body). */
    readonly rejectedNoHipRise: number;
  };
}

export interface SummaryInput {
  readonly reps: readonly TwoFootJumpRep[];
  readonly rejectedAlternating: number;
  readonly rejectedNoHipRise: number;
  /** Flights left uncounted because the camera moved, unmeasured, at their take-off or landing. */
  readonly rejectedCameraUnmeasured: number;
  readonly lostFlights: number;
  readonly visibilityFlags: readonly string[];
  readonly view: CameraView | undefined;
  readonly childHeightCm: number | undefined;
}

export function summariseTwoFootJumps(input: SummaryInput): TwoFootJumpResult {
  const { reps } = input;
  const flags = [...input.visibilityFlags];
  if (input.rejectedAlternating > 0) {
    flags.push(`${input.rejectedAlternating} flights not counted: the feet left or landed one after the other (stepping or running)`);
  }
  if (input.rejectedNoHipRise > 0) flags.push(`${input.rejectedNoHipRise} foot lifts not counted: the hips did not rise (no flight)`);
  if (input.rejectedCameraUnmeasured > 0) {
    flags.push(`${input.rejectedCameraUnmeasured} flights not counted: the camera moved and its motion could not be measured then`);
  }
  if (input.lostFlights > 0) flags.push(`${input.lostFlights} flights not counted: the feet went out of view mid-air`);
  const uneven = reps.filter((r) => r.flags.some((f) => f.startsWith('feet not together'))).length;
  if (uneven > 0) flags.push(`${uneven} of ${reps.length} jumps with the feet not together`);
  return {
    task: 'two-foot-jump',
    count: reps.length,
    reps,
    flags,
    view: input.view,
    itemScore: itemScoreOf(reps, 'TGMD-3 jump criteria, first 2 trials'),
    setSummary: {
      heightCm: metricSummary(reps.map((r) => r.heightCm?.value)),
      flightMs: metricSummary(reps.map((r) => r.flightMs?.value)),
      kneeFlexionAtLandingDeg: metricSummary(reps.map((r) => r.kneeFlexionAtLandingDeg)),
      rhythm: rhythmOf(reps.map((r) => r.takeoffTMs)),
      rejectedAlternating: input.rejectedAlternating,
      rejectedNoHipRise: input.rejectedNoHipRise,
    },
  };
}
