// npm run analyze -- <video|image|track.json> [--task ID] [--model lightning|thunder] [--save-track FILE]
//   [--child-height-cm N] [--allow-partial] [--json]
// Results go to stdout (with --json exactly one JSON object); progress and errors go to stderr, each error one
// sentence. Exit status: 0 done, 1 bad input (or a cut-short video without --allow-partial), 2 usage mistake.
import { writeFileSync } from 'node:fs';
import { analyzeFrames, findTask, trackSummary, type Track } from '../analysis/index.ts';
import { readArgs, USAGE, UsageError, type AnalyzeArgs } from './args.ts';
import { endAllChildren } from './child-processes.ts';
import { checkInputFile, checkOutputFile, InputError } from './input-checks.ts';
import type { Completeness } from './probe.ts';
import { extractTrack, isTrackFile, readTrackFile } from './track-from-file.ts';
import { progressBar } from './progress.ts';

async function loadTrack(file: string, args: AnalyzeArgs): Promise<{ track: Track; backend?: string; video?: Completeness }> {
  if (isTrackFile(file)) return { track: readTrackFile(file) };
  const bar = progressBar(`analysing ${file}`);
  const { track, backend, completeness } = await extractTrack(file, { model: args.model, onProgress: bar.update });
  bar.done();
  if (completeness.partial && !args.allowPartial) {
    throw new InputError(`${file} is incomplete (${completeness.message}): copy the file again from the camera or phone, `
      + `or pass --allow-partial to analyse the ${completeness.framesFound} frames found.`);
  }
  return { track, backend, video: completeness };
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (args.help) {
    console.error(USAGE);
    return 0;
  }
  const file = args.file!;
  const task = args.task === undefined ? undefined : findTask(args.task);
  if (args.task !== undefined && task === undefined) throw new UsageError(`--task ${args.task} is not supported yet.`);
  checkInputFile(file);
  if (args.saveTrack !== undefined) checkOutputFile(args.saveTrack);

  const { track, backend, video } = await loadTrack(file, args);
  if (args.saveTrack !== undefined) writeFileSync(args.saveTrack, JSON.stringify(track));

  const summary = trackSummary(track.frames);
  const videoFlags = video?.message ? [video.message] : [];
  const about = {
    file, model: track.model, ...(backend ? { backend } : {}), width: track.width, height: track.height, fps: track.fps,
    ...(video ? { video: { framesFound: video.framesFound, framesAnnounced: video.framesAnnounced, partial: video.partial } } : {}),
  };
  const result = task === undefined ? undefined
    : analyzeFrames(task, { width: track.width, height: track.height, fps: track.fps, childHeightCm: args.childHeightCm }, track.frames);
  const flagged = result && { ...result, flags: [...videoFlags, ...result.flags] };
  if (args.json) {
    console.log(JSON.stringify({ ...about, summary, ...(flagged ?? { flags: videoFlags }) }));
  } else {
    console.log(`${file}: ${summary.frames} frames (${summary.durationS.toFixed(2)} s, ${track.fps} fps, ${track.width}x${track.height}), `
      + `person in ${summary.framesWithPerson} (${(summary.personShare * 100).toFixed(1)}%), mean keypoint score ${summary.meanScore.toFixed(3)}, `
      + `model ${track.model}${backend ? ` on ${backend}` : ''}`);
    for (const flag of videoFlags) console.log(`Warning: ${flag}.`);
    if (flagged) console.log(JSON.stringify(flagged, null, 2));
  }
  return 0;
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(`analyze: ${err instanceof Error ? err.message : String(err)}`);
  if (err instanceof UsageError) console.error(USAGE);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}).finally(() => endAllChildren());
