// Config overrides of the nested (jump-family) configs: validated per field, so a signed height may be negative while
// a magnitude may not.
import { describe, expect, it } from 'vitest';
import { mergeConfig } from './config.ts';
import { DEFAULT_JUMPING_JACK_CONFIG, JUMPING_JACK_CONFIG_RANGES } from './jumping-jack/constants.ts';
import { JUMPING_JACK } from './jumping-jack/index.ts';

const SOURCE = { width: 640, height: 480, fps: 30 };
const merge = (over: Record<string, unknown>) => mergeConfig(DEFAULT_JUMPING_JACK_CONFIG, over, 'jumping-jack', JUMPING_JACK_CONFIG_RANGES);

describe('nested config overrides', () => {
  it('accepts a negative arms.exit and armsDownMaxRiseNorm (signed heights below the shoulders)', () => {
    const c = merge({ arms: { exit: -0.2 }, armsDownMaxRiseNorm: -0.25 });
    expect(c.arms).toEqual({ ...DEFAULT_JUMPING_JACK_CONFIG.arms, exit: -0.2 });
    expect(c.armsDownMaxRiseNorm).toBe(-0.25);
  });

  it('refuses a signed height outside its range, naming the field and the range', () => {
    expect(() => merge({ arms: { exit: -0.9 } })).toThrow('jumping-jack config.arms.exit should be a number between -0.5 and 0.5');
  });

  it('still refuses a negative magnitude', () => {
    expect(() => merge({ openLegSpreadMin: -1 })).toThrow('jumping-jack config.openLegSpreadMin should be a number >= 0');
    expect(() => merge({ arms: { minStateMs: -5 } })).toThrow('jumping-jack config.arms.minStateMs should be a number >= 0');
  });

  it('still refuses a fraction above 1', () => {
    expect(() => merge({ frameEdgeFraction: 1.5 })).toThrow('jumping-jack config.frameEdgeFraction should be between 0 and 1');
  });

  it('gives a range only to fields that exist in the defaults', () => {
    const read = (path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], DEFAULT_JUMPING_JACK_CONFIG);
    for (const path of Object.keys(JUMPING_JACK_CONFIG_RANGES)) expect(typeof read(path), path).toBe('number');
  });

  it('lets a jumping-jack run be created with a negative arms.exit, and still checks exit below enter', () => {
    expect(() => JUMPING_JACK.create(SOURCE, { config: { arms: { exit: -0.05 } } })).not.toThrow();
    expect(() => JUMPING_JACK.create(SOURCE, { config: { arms: { enter: -0.2 } } })).toThrow('arms.exit should be below arms.enter');
  });
});
