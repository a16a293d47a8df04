// Median of the last N samples: a scale estimate that ignores single-frame outliers (a body length computed from a
// mislabelled or missing joint) without the lag a low-pass filter would add to a real change of distance.
export class RunningMedian {
  private readonly window: number[] = [];
  private readonly sorted: number[] = [];

  /** size: how many recent samples the median covers (odd sizes give a true middle value). */
  constructor(private readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('RunningMedian: size should be an integer of at least 1');
  }

  apply(x: number): number {
    this.window.push(x);
    insertSorted(this.sorted, x);
    if (this.window.length > this.size) removeSorted(this.sorted, this.window.shift()!);
    return this.sorted[Math.floor(this.sorted.length / 2)]!;
  }

  reset(): void {
    this.window.length = 0;
    this.sorted.length = 0;
  }
}

function insertSorted(list: number[], x: number): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > x) i--;
  list.splice(i, 0, x);
}

function removeSorted(list: number[], x: number): void {
  const i = list.indexOf(x);
  if (i >= 0) list.splice(i, 1);
}
