// The printing side of npm run eval -- --perturb: progress per cell on stderr, the table (or JSON) on stdout.
import { perturbationList, perturbTable, runPerturbSuite } from './eval-perturb.ts';

export interface PerturbCliArgs {
  readonly model: 'lightning' | 'thunder';
  readonly keep?: string;
  readonly only?: string;
  readonly json: boolean;
  readonly filter: readonly string[];
}

/** Exit status: 0 when every cell is within its label's tolerance. */
export async function runPerturbCli(a: PerturbCliArgs): Promise<number> {
  const started = Date.now();
  const cells = await runPerturbSuite({
    model: a.model, keepDir: a.keep, perturbations: a.only?.split(',').map((s) => s.trim()), clipFilter: a.filter,
    onCell: (c) => console.error(`${c.pass ? 'ok  ' : 'MISS'} ${c.clip} ${c.perturbation}: ${c.got}${c.error ? ` (${c.error})` : ''}`),
  });
  if (a.json) console.log(JSON.stringify({ model: `movenet-${a.model}`, cells }));
  else {
    console.log(perturbationList());
    console.log('');
    console.log(perturbTable(cells));
    console.log(`(movenet-${a.model}, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return cells.every((c) => c.pass) ? 0 : 1;
}
