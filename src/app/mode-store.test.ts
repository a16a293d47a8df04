import { describe, expect, it } from 'vitest';
import { createModeStore, DEFAULT_MODE, MODE_KEY } from './mode-store.ts';

const memoryPrefs = (init: Record<string, string> = {}) => {
  const map = new Map(Object.entries(init));
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => { map.set(k, v); }, map };
};

describe('mode store', () => {
  it('starts in the default mode on a first visit and in the stored mode after', () => {
    expect(createModeStore(memoryPrefs()).mode.value).toBe(DEFAULT_MODE);
    expect(createModeStore(memoryPrefs({ [MODE_KEY]: 'therapist' })).mode.value).toBe('therapist');
  });

  it('ignores a stored value it does not know', () => {
    expect(createModeStore(memoryPrefs({ [MODE_KEY]: 'admin' })).mode.value).toBe(DEFAULT_MODE);
  });

  it('keeps a switch for the next visit on this device', () => {
    const prefs = memoryPrefs();
    createModeStore(prefs).setMode('therapist');
    expect(prefs.map.get(MODE_KEY)).toBe('therapist');
    expect(createModeStore(prefs).mode.value).toBe('therapist');
  });
});
