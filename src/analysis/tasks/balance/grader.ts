// Figures every balance stance reports from its timed holds: the BESS error score of a timed trial (simultaneous
// errors once, capped) and the data-quality flags of the recording.
import type { BalanceHoldConfig } from './constants.ts';
import type { BalanceError, HoldCore } from './types.ts';

/** BESS error score: errors closer than simultaneousErrorMs count once (BESS scores simultaneous errors as one). */
export function bessErrorScore(errors: readonly BalanceError[],
  cfg: Pick<BalanceHoldConfig, 'simultaneousErrorMs' | 'maxTrialErrors'>): number {
  let score = 0;
  let lastCountedMs = -Infinity;
  for (const e of errors) {
    if (e.tMs - lastCountedMs < cfg.simultaneousErrorMs) continue;
    score++;
    lastCountedMs = e.tMs;
  }
  return Math.min(score, cfg.maxTrialErrors);
}

/** Flags for the whole recording: legs out of sight, holds lost from view, no hold at all. */
export function holdFlags(holds: readonly HoldCore[], legsMissingMs: number, frames: number): string[] {
  const flags: string[] = [];
  if (frames === 0) flags.push('no frames');
  if (legsMissingMs > 0) flags.push(`legs not visible ${(legsMissingMs / 1000).toFixed(1)} s`);
  const lost = holds.filter((h) => h.endReason === 'lost from view').length;
  if (lost > 0) flags.push(`${lost} hold${lost > 1 ? 's' : ''} ended when the legs left the picture: time is a lower bound`);
  if (frames > 1 && holds.length === 0) flags.push('no hold found');
  return flags;
}
