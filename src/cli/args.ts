// The analyze CLI's flags, read with node's parseArgs and checked with a valibot schema: each refusal is one sentence
// naming the flag, the value given and what is accepted.
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { TASK_IDS, type TaskId } from '../analysis/index.ts';

export const USAGE = 'usage: npm run analyze -- <video|image|track.json> [--task ID] [--model lightning|thunder] '
  + '[--save-track FILE] [--child-height-cm N] [--allow-partial] [--json]';

/** A usage mistake: printed with the usage line, exit status 2. */
export class UsageError extends Error {}

const VALUE_OPTIONS = ['task', 'model', 'save-track', 'child-height-cm'] as const;

/**
 * The child's height range accepted, cm. Reason: the smallest children the tasks are for (crawling infants) measure
 * about 45 cm and the tallest adults under 230; a value outside is a typo (e.g. metres or inches given).
 */
export const CHILD_HEIGHT_RANGE_CM = { min: 40, max: 230 } as const;

const heightMessage = (issue: { input: unknown }) =>
  `--child-height-cm must be the child's height in cm, a number between ${CHILD_HEIGHT_RANGE_CM.min} and ${CHILD_HEIGHT_RANGE_CM.max} `
  + `such as 112 or 112.5, not "${String(issue.input)}"`;

const flagsSchema = v.object({
  task: v.optional(v.picklist(TASK_IDS, (i) => `--task "${String(i.input)}" is unknown. Tasks: ${TASK_IDS.join(', ')}`)),
  model: v.picklist(['lightning', 'thunder'], (i) => `--model must be lightning or thunder, not "${String(i.input)}"`),
  'save-track': v.optional(v.pipe(v.string(), v.nonEmpty('--save-track needs the name of the .json file to write'))),
  // Decimal digits only: Number() would take "0x64" as 100 and "" as 0.
  'child-height-cm': v.optional(v.pipe(
    v.string(), v.regex(/^\d{1,3}(\.\d+)?$/, heightMessage), v.transform(Number),
    v.minValue(CHILD_HEIGHT_RANGE_CM.min, heightMessage), v.maxValue(CHILD_HEIGHT_RANGE_CM.max, heightMessage),
  )),
  json: v.boolean(), 'allow-partial': v.boolean(), help: v.boolean(),
});

export interface AnalyzeArgs {
  readonly file: string | undefined;
  readonly help: boolean;
  readonly task: TaskId | undefined;
  readonly model: 'lightning' | 'thunder';
  readonly saveTrack: string | undefined;
  readonly childHeightCm: number | undefined;
  readonly json: boolean;
  readonly allowPartial: boolean;
}

/** "--child-height-cm -5" reads as a flag "-5" to parseArgs: join a value that starts with "-" to its flag. */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if ((VALUE_OPTIONS as readonly string[]).includes(arg.replace(/^--/, '')) && arg.startsWith('--') && next?.startsWith('-') && !next.startsWith('--')) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export function readArgs(argv: readonly string[]): AnalyzeArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinDashValues(argv), allowPositionals: true,
      options: {
        task: { type: 'string' }, model: { type: 'string', default: 'lightning' }, 'save-track': { type: 'string' },
        json: { type: 'boolean', default: false }, 'child-height-cm': { type: 'string' },
        'allow-partial': { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('. ')[0]!.replace(/\.$/, '')}: see the usage below.`);
  }
  const checked = v.safeParse(flagsSchema, parsed.values, { abortEarly: true });
  if (!checked.success) throw new UsageError(`${checked.issues[0].message}.`);
  if (!parsed.values.help && parsed.positionals.length !== 1) {
    throw new UsageError(parsed.positionals.length === 0 ? 'Give one video, image or track file to analyse.'
      : `Give one file to analyse, not ${parsed.positionals.length} (${parsed.positionals.join(', ')}).`);
  }
  const f = checked.output;
  return {
    file: parsed.positionals[0], help: f.help, task: f.task, model: f.model, saveTrack: f['save-track'],
    childHeightCm: f['child-height-cm'], json: f.json, allowPartial: f['allow-partial'],
  };
}
