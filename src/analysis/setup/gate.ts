// The start gate: the setup check must pass on every frame for holdMs before a set may start, and a ready check
// falls back only after releaseMs of failures (a blurred frame does not take the start button away). Time comes
// from the frames' own tMs, so the gate is deterministic and needs no clock.
import { DEFAULT_SETUP_CONFIG, type SetupConfig } from './config.ts';
import type { SetupEvaluation, SetupFailure } from './evaluate.ts';

export type GateState = 'blocked' | 'holding' | 'ready';

export interface GateView {
  readonly state: GateState;
  /** The first failing check's advice while blocked; null otherwise. */
  readonly reason: SetupFailure | null;
  /** How long the checks have passed without a break (ms); 0 while blocked. */
  readonly heldMs: number;
}

export interface SetupGate {
  push(tMs: number, evaluation: SetupEvaluation): GateView;
  reset(): void;
}

export function createSetupGate(cfg: Pick<SetupConfig, 'holdMs' | 'releaseMs'> = DEFAULT_SETUP_CONFIG): SetupGate {
  let passingSinceMs: number | null = null;
  let failingSinceMs: number | null = null;
  let ready = false;
  let lastReason: SetupFailure | null = null;
  return {
    push(tMs, evaluation) {
      if (evaluation.ok) {
        failingSinceMs = null;
        passingSinceMs ??= tMs;
        const heldMs = tMs - passingSinceMs;
        if (heldMs >= cfg.holdMs) ready = true;
        return { state: ready ? 'ready' : 'holding', reason: null, heldMs };
      }
      lastReason = evaluation.failures[0] ?? lastReason;
      failingSinceMs ??= tMs;
      if (ready && tMs - failingSinceMs < cfg.releaseMs) return { state: 'ready', reason: null, heldMs: tMs - (passingSinceMs ?? tMs) };
      ready = false;
      passingSinceMs = null;
      return { state: 'blocked', reason: lastReason, heldMs: 0 };
    },
    reset() {
      passingSinceMs = null;
      failingSinceMs = null;
      ready = false;
      lastReason = null;
    },
  };
}
