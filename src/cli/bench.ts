// npm run bench [-- --json] [--only PREFIX]: runs every benchmark group and prints one JSON line per figure
// ({ "name", "value", "unit" }) with --json, else a table. Speed and memory targets are checked here, never in unit tests.
import { parseArgs } from 'node:util';
import type { BenchGroup, BenchResult } from './bench/types.ts';

const GROUPS: readonly (() => Promise<BenchGroup>)[] = [
];

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, only: { type: 'string', multiple: true } } });
const wanted = (name: string) => !values.only || values.only.some((p) => name.startsWith(p) || p.startsWith(name));
const all: BenchResult[] = [];
for (const load of GROUPS) {
  const group = await load();
  if (!wanted(group.name)) continue;
  for (const r of await group.run()) {
    if (values.only && !values.only.some((p) => r.name.startsWith(p))) continue;
    all.push(r);
    if (values.json) console.log(JSON.stringify(r));
    else console.log(`${r.name.padEnd(44)} ${String(Math.round(r.value * 1000) / 1000).padStart(12)} ${r.unit}${r.note ? `  (${r.note})` : ''}`);
  }
}
if (all.length === 0) console.error('bench: no benchmark matched.');
