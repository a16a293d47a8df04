// Result-screen text the two balance stances share: a hold's time with its uncertainty, its errors, the error score.
import { num } from '../../report/parts.ts';
import type { BalanceError } from './types.ts';

export const errorsText = (errors: readonly BalanceError[]): string =>
  (errors.length === 0 ? 'none' : errors.map((e) => `${e.kind} at ${num(e.tMs / 1000, 1)} s`).join('; '));

export const heldText = (h: { durationS: number; uncertaintyS: number }): string => `${num(h.durationS, 1)} ± ${num(h.uncertaintyS, 2)}`;

export const errorScoreLine = (score: number | null): string =>
  (score === null ? 'Error score: not counted (only a timed trial has one).' : `Error score (BESS style): ${score}.`);

export const longestHoldText = (longestS: number): string => `Longest hold ${num(longestS, 1)} s`;
