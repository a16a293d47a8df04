// Merges a task's user overrides into its DEFAULT_*_CONFIG once, when the task is created, with errors that name the
// field and its valid range (programmer errors, so they throw). Two forms: nested configs (the jump tasks), whose
// numbers are magnitudes unless the task gives a field its own range (a signed height such as jumping-jack arms.exit),
// and flat configs with an explicit range for every field (balance, crawl).

/** Valid [min, max] ranges of a nested config's fields that are not plain magnitudes, by dotted path ("arms.exit"). */
export type FieldRanges = Readonly<Record<string, readonly [number, number]>>;

/**
 * Nested objects merge field by field. A field with a range in `ranges` (its dotted path) must lie within it; every
 * other number must be finite and not negative, and a fraction field (name ending in Fraction or Score) in 0..1.
 */
export function mergeConfig<T extends object>(
  defaults: T, overrides: Readonly<Record<string, unknown>> | undefined, task: string, ranges: FieldRanges = {},
): T {
  if (overrides === undefined) return defaults;
  return mergeObject(defaults as Record<string, unknown>, overrides, { task, ranges }, '') as T;
}

function mergeObject(
  base: Record<string, unknown>, over: Readonly<Record<string, unknown>>, ctx: { task: string; ranges: FieldRanges }, prefix: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const path = `${prefix}${key}`;
    const name = `${ctx.task} config.${path}`;
    const def = base[key];
    if (def === undefined) throw new RangeError(`${name} is not a setting (settings: ${Object.keys(base).join(', ')})`);
    if (typeof def === 'object' && def !== null) {
      if (typeof value !== 'object' || value === null) throw new RangeError(`${name} should be an object`);
      out[key] = mergeObject(def as Record<string, unknown>, value as Record<string, unknown>, ctx, `${path}.`);
      continue;
    }
    out[key] = checkedNumber(name, key, value, ctx.ranges[path]);
  }
  return out;
}

function checkedNumber(name: string, key: string, value: unknown, range: readonly [number, number] | undefined): number {
  if (range !== undefined) {
    if (typeof value !== 'number' || !(value >= range[0] && value <= range[1])) {
      throw new RangeError(`${name} should be a number between ${range[0]} and ${range[1]}`);
    }
    return value;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RangeError(`${name} should be a number >= 0`);
  if (/(Fraction|Score)$/.test(key) && value > 1) throw new RangeError(`${name} should be between 0 and 1`);
  return value;
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
