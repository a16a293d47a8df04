// Rhythm of a set from its rep times: mean period and coefficient of variation (CV = sd / mean), the "consistency" of
// BOT-2 / CTAPE style marks and the "pause between jumps" of the Modified Tuck Jump Assessment.

export interface Rhythm {
  readonly meanPeriodMs: number;
  readonly periodCv: number;
}

/** Undefined with fewer than 3 reps (fewer than 2 periods say nothing about variation). */
export function rhythmOf(repTimesMs: readonly number[]): Rhythm | undefined {
  if (repTimesMs.length < 3) return undefined;
  let sum = 0;
  const n = repTimesMs.length - 1;
  for (let i = 1; i < repTimesMs.length; i++) sum += repTimesMs[i]! - repTimesMs[i - 1]!;
  const mean = sum / n;
  let sq = 0;
  for (let i = 1; i < repTimesMs.length; i++) sq += (repTimesMs[i]! - repTimesMs[i - 1]! - mean) ** 2;
  return { meanPeriodMs: mean, periodCv: mean > 0 ? Math.sqrt(sq / n) / mean : 0 };
}
