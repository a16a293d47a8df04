import { describe, expect, it } from 'vitest';
import { bessMedianForAge, compareWithSingleLegMilestone, REFERENCE_LABEL, SINGLE_LEG_STANCE_MILESTONES, singleLegMilestoneForAge } from './balance-milestones.ts';

describe('balance reference milestones', () => {
  it('labels every milestone as a reference and names its source', () => {
    for (const m of SINGLE_LEG_STANCE_MILESTONES) {
      expect(m.label).toBe('reference, not a diagnosis');
      expect(m.source.length).toBeGreaterThan(10);
    }
  });

  it('picks the latest eyes-open milestone at or below the age', () => {
    expect(singleLegMilestoneForAge(56)?.holdS).toBe(6);
    expect(singleLegMilestoneForAge(80)).toMatchObject({ ageMonths: 60, eyes: 'open' });
    expect(singleLegMilestoneForAge(30)).toBeUndefined();
  });

  it('needs both legs for an each-leg milestone', () => {
    expect(compareWithSingleLegMilestone(60, { left: 12, right: null }).reached).toBeUndefined();
    expect(compareWithSingleLegMilestone(60, { left: 12, right: 9 }).reached).toBe(false);
    expect(compareWithSingleLegMilestone(60, { left: 12, right: 10.5 })).toMatchObject({ reached: true, label: REFERENCE_LABEL });
  });

  it('takes the better leg for a one-leg milestone', () => {
    expect(compareWithSingleLegMilestone(40, { left: 1, right: 3.2 }).reached).toBe(true);
  });

  it('finds the BESS median band for an age', () => {
    expect(bessMedianForAge(9)?.totalErrors).toBe(18);
    expect(bessMedianForAge(4)).toBeUndefined();
  });
});
