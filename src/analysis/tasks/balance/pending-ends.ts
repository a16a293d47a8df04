// The ways a balance hold can end, each confirmed only after it persists for a few frames (one frame of keypoint jitter
// ends nothing). When several are under way, the one that began first explains the others (a fall begins before the
// foot lands); ties go by END_PRIORITY.
export type EndKind = 'fall' | 'touch-down' | 'step';
const END_PRIORITY: readonly EndKind[] = ['fall', 'touch-down', 'step'];

interface Pending { sinceMs: number; frames: number }

export class PendingEnds {
  private readonly pending = new Map<EndKind, Pending>();

  /** minFrames: consecutive frames that confirm each kind of end. */
  constructor(private readonly minFrames: Readonly<Record<EndKind, number>>) {}

  get size(): number { return this.pending.size; }

  /** Updates each end condition with this frame; returns the end confirmed at it, if any. */
  update(conditions: Readonly<Partial<Record<EndKind, boolean>>>, tMs: number): { kind: EndKind; sinceMs: number } | undefined {
    let confirmed = false;
    for (const kind of END_PRIORITY) {
      if (!conditions[kind]) { this.pending.delete(kind); continue; }
      const p = this.pending.get(kind) ?? { sinceMs: tMs, frames: 0 };
      p.frames++;
      this.pending.set(kind, p);
      if (p.frames >= this.minFrames[kind]) confirmed = true;
    }
    return confirmed ? this.first() : undefined;
  }

  /** The earliest end under way (ties by priority), if any. */
  first(): { kind: EndKind; sinceMs: number } | undefined {
    let best: { kind: EndKind; sinceMs: number } | undefined;
    for (const kind of END_PRIORITY) {
      const p = this.pending.get(kind);
      if (p && (best === undefined || p.sinceMs < best.sinceMs)) best = { kind, sinceMs: p.sinceMs };
    }
    return best;
  }

  clear(): void { this.pending.clear(); }
}
