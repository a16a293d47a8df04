// One benchmark figure. A name, once published, keeps its meaning.
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** How it was measured (frames, repetitions, machine notes). */
  readonly note?: string;
}

/** A group of benchmarks; `run` returns its figures. Slow groups honour the signal. */
export interface BenchGroup {
  readonly name: string;
  /** Set for a group too long to run by default: it runs only when named with --group; says why. */
  readonly optIn?: string;
  run(signal?: AbortSignal): Promise<readonly BenchResult[]>;
}

/** Median of a list of numbers (the figure every benchmark reports: robust to a noisy shared machine). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
