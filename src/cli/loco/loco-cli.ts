// The --loco mode of npm run eval: prints the leave-one-clip-out table (loco-eval.ts) and its summary line, or the
// rows as JSON with --json. Exit status 1 when a clip fails without itself, as the normal eval does for a failed clip.
import { readLabels } from '../clips.ts';
import { formatInventory, formatLoco, runLoco } from './loco-eval.ts';
import type { TrackModel } from './clip-data.ts';

export function runLocoCli(opts: { model: TrackModel; json: boolean; filter: readonly string[] }): number {
  const { model, filter } = opts;
  const { rows, overAll } = runLoco(readLabels(), model, (label) => filter.length === 0 || filter.some((p) => label.file.includes(p)));
  const passed = rows.filter((r) => r.pass).length;
  if (opts.json) console.log(JSON.stringify({ model: `movenet-${model}`, source: 'fixture-tracks', mode: 'leave-one-clip-out', passed, of: rows.length, rows, overAll: overAll.map(({ threshold, derived }) => ({ name: threshold.name, shipped: threshold.shipped, derived })) }));
  else console.log(`${formatLoco(rows, model)}\n\nRule over all clips (both models' tracks), beside the shipped default:\n${formatInventory(overAll)}`);
  return passed === rows.length ? 0 : 1;
}
