// Leave-one-clip-out (issue 10): the rule that chooses a threshold from the evidence of a set of clips, and the
// leave-one-out form of it. Pure functions over numbers, so that a threshold's value can be re-derived without the
// clip it is checked on, and tested without any clip.

/**
 * What one clip shows about one threshold, in the threshold's own unit. Every threshold in the inventory passes a
 * value at or above it: `pass` holds values the threshold must let through (a real jack's wrist peak, an ankle in
 * view), `reject` values it must stop (arms held forward in a squat). Either list may be empty.
 */
export interface Evidence {
  readonly pass: readonly number[];
  readonly reject: readonly number[];
}

export const NO_EVIDENCE: Evidence = { pass: [], reject: [] };

/** A threshold chosen by the rule, with the two values it sat between. */
export interface Derived {
  readonly value: number;
  /** The lowest value that had to pass, over the clips used. */
  readonly lowestPass: number;
  /** The highest value that had to be stopped: a clip's, or the threshold's physical reference where none is higher. */
  readonly highestReject: number;
  /** True when the highest reject came from a clip (false: the physical reference). */
  readonly rejectFromClips: boolean;
  /** How many clips gave evidence. */
  readonly clips: number;
}

/**
 * The rule: midway between the lowest value that must pass and the highest that must be stopped, where "stopped"
 * is the highest reject seen on a clip or the threshold's physical reference (e.g. wrists at shoulder height, an
 * ankle on the frame's edge), whichever is higher. Reason: the largest equal margin on both sides, in the threshold's
 * own unit, with nothing else to tune; a clip that shows no reject leaves the reference as the other side, so the
 * rule never has to guess how close a reject may come. Undefined when no clip gives a value that must pass.
 */
export function midwayRule(evidence: readonly Evidence[], reference: number): Derived | undefined {
  let lowestPass = Number.POSITIVE_INFINITY;
  let highestReject = reference;
  let rejectFromClips = false;
  let clips = 0;
  for (const e of evidence) {
    if (e.pass.length === 0 && e.reject.length === 0) continue;
    clips++;
    for (const v of e.pass) lowestPass = Math.min(lowestPass, v);
    for (const v of e.reject) {
      if (v > highestReject) { highestReject = v; rejectFromClips = true; }
    }
  }
  if (!Number.isFinite(lowestPass)) return undefined;
  return { value: (lowestPass + highestReject) / 2, lowestPass, highestReject, rejectFromClips, clips };
}

/** The rule over every clip's evidence except `leftOut`'s: the value a clip is checked with in a LOCO run. */
export function deriveWithout(byClip: ReadonlyMap<string, Evidence>, leftOut: string, reference: number): Derived | undefined {
  const others: Evidence[] = [];
  for (const [clip, e] of byClip) if (clip !== leftOut) others.push(e);
  return midwayRule(others, reference);
}
