// Column headers in words with units, from the engine's field paths: "flightMs.value" -> "Flight (ms)",
// "setSummary.heightCm.best" -> "Height, best of the set (cm)", "armReachNorm" -> "Arm reach (body heights)".

/** Unit suffixes of field names (units are in the names across the engine), longest first. */
const UNIT_SUFFIXES: readonly (readonly [string, string])[] = [
  ['NormPerS', 'body heights per s'], ['PerMin', 'per minute'], ['BodyLengths', 'body lengths'], ['Norm', 'body heights'],
  ['Ratio', '× hip width'], ['Deg', '°'], ['Ms', 'ms'], ['Cm', 'cm'], ['S', 's'], ['M', 'm'],
];

/** Words for containers and summary statistics (empty: the segment adds nothing). */
const SEGMENT_WORDS: Readonly<Record<string, string>> = {
  setSummary: '', value: '', plusMinus: '±', best: 'best of the set', mean: 'mean of the set', cv: 'variation (sd / mean)',
  sway: 'sway', longestHoldS: 'longest hold', left: 'left', right: 'right',
};

const words = (camel: string): string => camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase();

function split(segment: string): { name: string; unit: string | undefined } {
  // "takeoffTMs": a time stamp in ms, not a duration.
  if (/[a-z]TMs$/.test(segment)) return { name: `${segment.slice(0, -3)}Time`, unit: 'ms' };
  for (const [suffix, unit] of UNIT_SUFFIXES) {
    if (segment.length > suffix.length && segment.endsWith(suffix) && /[a-z]/.test(segment[segment.length - suffix.length - 1]!)) {
      return { name: segment.slice(0, -suffix.length), unit };
    }
  }
  return { name: segment, unit: undefined };
}

/** A header in words, the unit in brackets at the end; a cv is a ratio and takes no unit. */
export function headerOf(path: string): string {
  const parts: string[] = [];
  let unit: string | undefined;
  for (const segment of path.split('.')) {
    if (segment in SEGMENT_WORDS) {
      if (segment === 'longestHoldS') unit = 's';
      if (SEGMENT_WORDS[segment]) parts.push(SEGMENT_WORDS[segment]);
      continue;
    }
    const s = split(segment);
    unit = s.unit ?? unit;
    parts.push(words(s.name));
  }
  if (path.endsWith('.cv')) unit = undefined;
  const text = parts.join(', ').replace(/, ±/, ' ±');
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return unit ? `${sentence} (${unit})` : sentence;
}
