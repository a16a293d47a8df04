// The single-leg stance's headline figure: the longest hold on each standing leg.
import type { Side } from '../../types.ts';
import type { BalanceHold } from './types.ts';

export function longestPerLeg(holds: readonly BalanceHold[]): { readonly left: number | null; readonly right: number | null } {
  const best = (leg: Side): number | null => {
    const d = holds.filter((h) => h.standingLeg === leg).map((h) => h.durationS);
    return d.length === 0 ? null : Math.max(...d);
  };
  return { left: best('left'), right: best('right') };
}
