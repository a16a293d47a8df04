// Reference milestones for the balance holds, for the UI to show beside a child's result. They are reference figures,
// not a diagnosis, and every entry carries its source (CLINICAL.md). Peer-reviewed norm tables (Darr 2025; Condon &
// Cremin 2014) exist but their numbers were not retrieved, so they are not invented here.

export const REFERENCE_LABEL = 'reference, not a diagnosis';

export interface SingleLegStanceMilestone {
  readonly ageMonths: number;
  /** Hold time the milestone asks for, seconds. */
  readonly holdS: number;
  /** true: on each leg; false: on one leg (the better one). */
  readonly eachLeg: boolean;
  readonly eyes: 'open' | 'closed';
  /** Extra criterion that comes with the milestone, in words. */
  readonly condition?: string;
  /** Largest sideways trunk movement the milestone allows, degrees. */
  readonly maxTrunkLeanDeg?: number;
  readonly source: string;
  readonly label: typeof REFERENCE_LABEL;
}

const PDMS = 'Clinic summaries of PDMS-2 single-leg stance items, eyes open, hands on hips';

/** Single-leg stance milestones by age, youngest first. */
export const SINGLE_LEG_STANCE_MILESTONES: readonly SingleLegStanceMilestone[] = [
  { ageMonths: 36, holdS: 3, eachLeg: false, eyes: 'open', condition: 'about half of children at this age', source: PDMS, label: REFERENCE_LABEL },
  { ageMonths: 42, holdS: 5, eachLeg: false, eyes: 'open', source: PDMS, label: REFERENCE_LABEL },
  { ageMonths: 54, holdS: 6, eachLeg: true, eyes: 'open', condition: 'less than 20 degrees of sideways trunk movement',
    maxTrunkLeanDeg: 20, source: PDMS, label: REFERENCE_LABEL },
  { ageMonths: 60, holdS: 10, eachLeg: true, eyes: 'open', source: PDMS, label: REFERENCE_LABEL },
  { ageMonths: 72, holdS: 10, eachLeg: true, eyes: 'closed', source: PDMS, label: REFERENCE_LABEL },
];

export interface BessMedian {
  readonly ageYears: readonly [number, number];
  /** Median total BESS errors (six trials, firm and foam). */
  readonly totalErrors: number;
  /** Median errors over the three firm-surface trials only. */
  readonly firmSurfaceErrors: number;
  readonly source: string;
  readonly label: typeof REFERENCE_LABEL;
}

const BESS_SOURCE = 'Paediatric BESS medians, n=373 (pubmed 27783573); smallest change to trust 7.3-9.6 points (PMC4955616)';

/** Paediatric BESS medians by age band (CLINICAL.md). */
export const BESS_PAEDIATRIC_MEDIANS: readonly BessMedian[] = [
  { ageYears: [5, 7], totalErrors: 23, firmSurfaceErrors: 8, source: BESS_SOURCE, label: REFERENCE_LABEL },
  { ageYears: [8, 10], totalErrors: 18, firmSurfaceErrors: 5, source: BESS_SOURCE, label: REFERENCE_LABEL },
  { ageYears: [11, 14], totalErrors: 16, firmSurfaceErrors: 4, source: BESS_SOURCE, label: REFERENCE_LABEL },
];

export interface MilestoneComparison {
  /** The latest milestone at or below the child's age (undefined below 36 months: no reference). */
  readonly milestone: SingleLegStanceMilestone | undefined;
  /** Whether the eyes-open holds reach it: true / false, or undefined when a needed leg has no hold or no reference. */
  readonly reached: boolean | undefined;
  readonly label: typeof REFERENCE_LABEL;
}

/** Eyes-open milestone for an age: the latest one at or below it (eyes-closed items are not judged from video). */
export function singleLegMilestoneForAge(ageMonths: number): SingleLegStanceMilestone | undefined {
  let found: SingleLegStanceMilestone | undefined;
  for (const m of SINGLE_LEG_STANCE_MILESTONES) if (m.eyes === 'open' && m.ageMonths <= ageMonths) found = m;
  return found;
}

/** Compares the longest holds on each leg (seconds, null: none) with the milestone for the child's age. */
export function compareWithSingleLegMilestone(ageMonths: number,
  longestHoldS: { readonly left: number | null; readonly right: number | null }): MilestoneComparison {
  const milestone = singleLegMilestoneForAge(ageMonths);
  if (!milestone) return { milestone, reached: undefined, label: REFERENCE_LABEL };
  const { left, right } = longestHoldS;
  if (milestone.eachLeg) {
    if (left === null || right === null) return { milestone, reached: undefined, label: REFERENCE_LABEL };
    return { milestone, reached: Math.min(left, right) >= milestone.holdS, label: REFERENCE_LABEL };
  }
  const best = Math.max(left ?? -1, right ?? -1);
  return { milestone, reached: best < 0 ? undefined : best >= milestone.holdS, label: REFERENCE_LABEL };
}

/** The BESS median band for an age in years, if the reference covers it. */
export function bessMedianForAge(ageYears: number): BessMedian | undefined {
  return BESS_PAEDIATRIC_MEDIANS.find((b) => ageYears >= b.ageYears[0] && ageYears < b.ageYears[1] + 1);
}
