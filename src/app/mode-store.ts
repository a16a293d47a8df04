// The screen mode, chosen per device and switchable at any time: "therapist" (criteria marks as they happen, protocol
// control, corrections) or "family" (big counter, stars and praise, no clinical marks). The same data is saved in
// both; the mode only changes what is shown. Kept in localStorage: a preference, not a record.
import { signal } from '@preact/signals';
import type { Mode, ModeStore } from '../ui/types.ts';

export const MODE_KEY = 'springboard.mode';
/** A first visit shows the family screens: the simpler path, and nothing clinical on screen until asked for. */
export const DEFAULT_MODE: Mode = 'family';

export const isMode = (value: unknown): value is Mode => value === 'family' || value === 'therapist';

export function createModeStore(prefs: Pick<Storage, 'getItem' | 'setItem'> = localStorage): ModeStore {
  const stored = prefs.getItem(MODE_KEY);
  const mode = signal<Mode>(isMode(stored) ? stored : DEFAULT_MODE);
  return {
    mode,
    setMode(next) { mode.value = next; prefs.setItem(MODE_KEY, next); },
  };
}
