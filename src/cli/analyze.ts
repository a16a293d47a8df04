// npm run analyze -- <video|image|track.json> [--task ID] [--model lightning|thunder] [--save-track FILE] [--json]
// Results go to stdout (with --json exactly one JSON object); progress and errors go to stderr.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeFrames, findTask, isTaskId, TASK_IDS, trackSummary, type Track } from '../analysis/index.ts';
import { extractTrack, isTrackFile, readTrackFile } from './track-from-file.ts';
import { progressBar } from './progress.ts';

const USAGE = 'usage: npm run analyze -- <video|image|track.json> [--task ID] [--model lightning|thunder] ' +
  '[--save-track FILE] [--child-height-cm N] [--json]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      task: { type: 'string' }, model: { type: 'string', default: 'lightning' }, 'save-track': { type: 'string' },
      json: { type: 'boolean', default: false }, 'child-height-cm': { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const file = positionals[0]!;
  const model = values.model;
  if (model !== 'lightning' && model !== 'thunder') throw new UsageError(`--model must be lightning or thunder, not "${model}".`);
  if (values.task !== undefined && !isTaskId(values.task)) {
    throw new UsageError(`--task "${values.task}" is unknown. Tasks: ${TASK_IDS.join(', ')}.`);
  }
  const task = values.task === undefined ? undefined : findTask(values.task);
  if (values.task !== undefined && task === undefined) throw new UsageError(`--task ${values.task} is not supported yet.`);
  const childHeightCm = values['child-height-cm'] === undefined ? undefined : Number(values['child-height-cm']);
  if (childHeightCm !== undefined && !(childHeightCm > 40 && childHeightCm < 230)) {
    throw new UsageError('--child-height-cm must be a height in cm between 40 and 230.');
  }

  let track: Track;
  let backend: string | undefined;
  if (isTrackFile(file)) {
    track = readTrackFile(file);
  } else {
    const bar = progressBar(`analysing ${file}`);
    ({ track, backend } = await extractTrack(file, { model, onProgress: bar.update }));
    bar.done();
  }
  if (values['save-track']) writeFileSync(values['save-track'], JSON.stringify(track));

  const summary = trackSummary(track.frames);
  const about = { file, model: track.model, ...(backend ? { backend } : {}), width: track.width, height: track.height, fps: track.fps };
  const result = task === undefined ? undefined
    : analyzeFrames(task, { width: track.width, height: track.height, fps: track.fps, childHeightCm }, track.frames);
  if (values.json) {
    console.log(JSON.stringify({ ...about, summary, ...(result ?? {}) }));
  } else {
    console.log(`${file}: ${summary.frames} frames (${summary.durationS.toFixed(2)} s, ${track.fps} fps, ${track.width}x${track.height}), ` +
      `person in ${summary.framesWithPerson} (${(summary.personShare * 100).toFixed(1)}%), mean keypoint score ${summary.meanScore.toFixed(3)}` +
      `${backend ? `, model ${track.model} on ${backend}` : ''}`);
    if (result) console.log(JSON.stringify(result, null, 2));
  }
  return 0;
}

class UsageError extends Error {}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(`analyze: ${err instanceof Error ? err.message : String(err)}`);
  if (err instanceof UsageError) console.error(USAGE);
  process.exitCode = err instanceof UsageError ? 2 : 1;
});
