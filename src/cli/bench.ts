// npm run bench [-- --json] [--group NAME ...]: runs every benchmark group and prints one JSON line per figure
// ({ "name", "value", "unit" }) with --json, else a table. Speed and memory targets are checked here, never in unit tests.
import { parseArgs } from 'node:util';
import type { BenchGroup, BenchResult } from './bench/types.ts';

const GROUPS: readonly (() => Promise<BenchGroup>)[] = [
  () => import('./bench/chromium.ts').then((m) => m.default),
  () => import('./bench/app-chromium.ts').then((m) => m.default),
  () => import('./bench/pose-firefox.ts').then((m) => m.default),
  () => import('./bench/pose-webkit.ts').then((m) => m.default),
  () => import('./bench/file-heap.ts').then((m) => m.default),
  () => import('./bench/pose-node.ts').then((m) => m.default),
  () => import('./bench/pose-leak.ts').then((m) => m.default),
  () => import('./bench/engine.ts').then((m) => m.default),
  () => import('./bench/records.ts').then((m) => m.default),
  () => import('./bench/progress.ts').then((m) => m.default),
];

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, group: { type: 'string', multiple: true } } });
const wanted = (group: BenchGroup) => values.group ? values.group.includes(group.name) : group.optIn === undefined;
const all: BenchResult[] = [];
for (const load of GROUPS) {
  const group = await load();
  if (!wanted(group)) {
    if (group.optIn && !values.group) console.error(`bench: ${group.name} runs only with --group ${group.name} (${group.optIn}).`);
    continue;
  }
  for (const r of await group.run()) {
    all.push(r);
    if (values.json) console.log(JSON.stringify(r));
    else console.log(`${r.name.padEnd(44)} ${String(Math.round(r.value * 1000) / 1000).padStart(12)} ${r.unit}${r.note ? `  (${r.note})` : ''}`);
  }
}
if (all.length === 0) console.error('bench: no benchmark matched.');
