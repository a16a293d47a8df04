// Merges user overrides into a DEFAULT_*_CONFIG once, with errors that name the field and its valid range. Nested
// objects merge field by field; every number must be finite and not negative (all jump thresholds are magnitudes),
// and a fraction field (name ending in Fraction or Score) must lie in 0..1.

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
