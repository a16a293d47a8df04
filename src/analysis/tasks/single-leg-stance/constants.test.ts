import { describe, expect, it } from 'vitest';
import { validateBalanceProtocol } from '../balance/constants.ts';
import { DEFAULT_SINGLE_LEG_STANCE_CONFIG, validateSingleLegStanceConfig } from './constants.ts';

describe('single-leg stance configuration', () => {
  it('returns the defaults when nothing is overridden', () => {
    expect(validateSingleLegStanceConfig()).toEqual(DEFAULT_SINGLE_LEG_STANCE_CONFIG);
  });

  it('merges a valid override', () => {
    expect(validateSingleLegStanceConfig({ holdStartMinMs: 1000 }).holdStartMinMs).toBe(1000);
  });

  it('rejects an override outside its range, naming the field and the range', () => {
    expect(() => validateSingleLegStanceConfig({ minKeypointScore: 2 })).toThrow('minKeypointScore should be a number between 0 and 1');
  });

  it('rejects an unknown field by name', () => {
    expect(() => validateSingleLegStanceConfig({ liftNorm: 0.1 })).toThrow(/no field "liftNorm"/);
  });

  it('rejects an exit threshold above the entry threshold (no hysteresis)', () => {
    expect(() => validateSingleLegStanceConfig({ liftOffNorm: 0.2 })).toThrow(/liftOffNorm should be less than liftOnNorm/);
  });

  it('rejects an unknown protocol and defaults to the longest hold', () => {
    expect(validateBalanceProtocol(undefined)).toBe('longest-hold');
    expect(() => validateBalanceProtocol('bess')).toThrow(/longest-hold, timed-trial/);
  });
});
