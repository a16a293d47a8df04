// npm run eval [-- --json] [--tracks [--loco]] [--perturb [--keep DIR] [--only ID,..]] [--model lightning|thunder] [FILTER]: runs every labelled clip in
// ../shared/clips whose task the engine supports and prints clip, task, expected, got, pass. Tasks not supported yet
// are listed as such. Exits non-zero when a supported clip fails. --tracks reads the committed fixture tracks instead of
// running the pose model on the clips (the same engine; much faster). --loco (with --tracks) is leave-one-clip-out: each
// clip checked with every clip-chosen threshold re-derived without it (src/cli/loco/).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeFrames, findTask, type Track } from '../analysis/index.ts';
import { createNodePoseEstimator } from '../pose/node.ts';
import { CLIPS_DIR, clipsAvailable, fixtureTrackPath, readLabels } from './clips.ts';
import { judge } from './eval-judge.ts';
import { marginCell, marginsOf } from './eval-margins.ts';
import { extractTrack, readTrackFile } from './track-from-file.ts';

interface Row { clip: string; task: string; expected: string; got: string; pass: boolean | 'unsupported'; margin?: string; margins?: unknown }

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false }, tracks: { type: 'boolean', default: false }, model: { type: 'string', default: 'lightning' },
    perturb: { type: 'boolean', default: false }, keep: { type: 'string' }, only: { type: 'string' },
    loco: { type: 'boolean', default: false },
  },
});
const model = values.model === 'thunder' ? 'thunder' : 'lightning';
if (!clipsAvailable()) {
  console.error(`eval: ${CLIPS_DIR}/labels.json is absent: the clips are test material kept beside the checkout.`);
  process.exit(2);
}

if (values.perturb) {
  // The robustness suite (issue 10) lives in eval-perturb.ts; it shares the labels and the judge.
  const { runPerturbCli } = await import('./eval-perturb-cli.ts');
  process.exit(await runPerturbCli({ model, keep: values.keep, only: values.only, json: values.json, filter: positionals }));
}
if (values.loco) {
  // Leave-one-clip-out (issue 10) needs every clip's evidence: it reads the fixture tracks, never the model.
  if (!values.tracks) {
    console.error('eval: --loco reads the committed fixture tracks: add --tracks.');
    process.exit(2);
  }
  const { runLocoCli } = await import('./loco/loco-cli.ts');
  process.exit(runLocoCli({ model, json: values.json, filter: positionals }));
}
const estimator = values.tracks ? undefined : await createNodePoseEstimator(model);
const rows: Row[] = [];
for (const clip of readLabels()) {
  if (positionals.length > 0 && !positionals.some((p) => clip.file.includes(p))) continue;
  const task = findTask(clip.task);
  if (task === undefined) {
    rows.push({ clip: clip.file, task: clip.task, expected: JSON.stringify(clip.expect), got: 'task not supported yet', pass: 'unsupported' });
    continue;
  }
  let track: Track;
  if (values.tracks) {
    const path = fixtureTrackPath(clip.file, model);
    if (!existsSync(path)) {
      rows.push({ clip: clip.file, task: clip.task, expected: '', got: `no fixture track (${path}): run npm run fixtures`, pass: false });
      continue;
    }
    track = readTrackFile(path);
  } else {
    ({ track } = await extractTrack(join(CLIPS_DIR, clip.file), { estimator }));
  }
  const result = analyzeFrames(task, { width: track.width, height: track.height, fps: track.fps }, track.frames);
  const verdict = judge(clip.expect, result);
  const margins = marginsOf(result);
  rows.push({ clip: clip.file, task: clip.task, ...verdict, margin: marginCell(margins), margins });
}
estimator?.dispose();

const failed = rows.filter((r) => r.pass === false).length;
const passed = rows.filter((r) => r.pass === true).length;
const unsupported = rows.filter((r) => r.pass === 'unsupported').length;
if (values.json) {
  console.log(JSON.stringify({ model: `movenet-${model}`, source: values.tracks ? 'fixture-tracks' : 'clips', passed, failed, unsupported, rows }));
} else {
  const widths = [44, 18, 34, 34];
  const widths2 = [...widths, 5];
  const line2 = (cells: string[]) => cells.map((c, i) => (widths2[i] ? c.padEnd(widths2[i]) : c)).join(' ');
  console.log(line2(['clip', 'task', 'expected', 'got', 'pass', 'margin']));
  for (const r of rows) {
    console.log(line2([r.clip, r.task, r.expected, r.got, r.pass === 'unsupported' ? 'not supported yet' : r.pass ? 'yes' : 'NO', r.margin ?? '']));
  }
  console.log(`\n${passed} passed, ${failed} failed, ${unsupported} not supported yet (movenet-${model}, ${values.tracks ? 'fixture tracks' : 'clips decoded and analysed now'})`);
}
process.exitCode = failed > 0 ? 1 : 0;
