// Merges a task's user overrides into its DEFAULT_*_CONFIG once, when the task is created, with errors that name the
// field and its valid range (programmer errors, so they throw). Two forms: nested configs whose numbers are all
// magnitudes (the jump tasks), and flat configs with an explicit range for every field (balance, crawl).

/**
 * Nested objects merge field by field; every number must be finite and not negative, and a fraction field (name
 * ending in Fraction or Score) must lie in 0..1.
 */
export function mergeConfig<T extends object>(defaults: T, overrides: Readonly<Record<string, unknown>> | undefined, task: string): T {
  if (overrides === undefined) return defaults;
  return mergeObject(defaults as Record<string, unknown>, overrides, `${task} config`) as T;
}

function mergeObject(base: Record<string, unknown>, over: Readonly<Record<string, unknown>>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const name = `${path}.${key}`;
    const def = base[key];
    if (def === undefined) throw new RangeError(`${name} is not a setting (settings: ${Object.keys(base).join(', ')})`);
    if (typeof def === 'object' && def !== null) {
      if (typeof value !== 'object' || value === null) throw new RangeError(`${name} should be an object`);
      out[key] = mergeObject(def as Record<string, unknown>, value as Record<string, unknown>, name);
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RangeError(`${name} should be a number >= 0`);
    if (/(Fraction|Score)$/.test(key) && value > 1) throw new RangeError(`${name} should be between 0 and 1`);
    out[key] = value;
  }
  return out;
}

/** A valid [min, max] range for each field of a flat config; a field without a range cannot be overridden. */
export type ConfigRanges<T> = { readonly [K in keyof T]?: readonly [number, number] };

/** Flat config: every override must name a field that has a range and be a number within it. */
export function mergeRangedConfig<T extends { readonly [K in keyof T]: number }>(
  task: string, defaults: T, ranges: ConfigRanges<T>, overrides: Readonly<Record<string, unknown>> = {},
): T {
  const merged: T = { ...defaults };
  const hasRange = (key: string): key is Extract<keyof T, string> => Object.hasOwn(ranges, key);
  for (const [key, value] of Object.entries(overrides)) {
    const range = hasRange(key) ? ranges[key] : undefined;
    if (range === undefined) throw new RangeError(`${task} config has no field "${key}"`);
    if (typeof value !== 'number' || !(value >= range[0] && value <= range[1])) {
      throw new RangeError(`${task} config: ${key} should be a number between ${range[0]} and ${range[1]}`);
    }
    Object.assign(merged, { [key]: value });
  }
  return merged;
}
