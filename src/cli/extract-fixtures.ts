// npm run fixtures [-- --model lightning|thunder] [FILTER]: extracts keypoint tracks from every labelled clip in
// ../shared/clips into tests/fixtures/tracks (committed: keypoints only, no pixels), for golden tests of the engine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createNodePoseEstimator } from '../pose/node.ts';
import { CLIPS_DIR, clipsAvailable, fixtureTrackPath, readLabels } from './clips.ts';
import { extractTrack } from './track-from-file.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { model: { type: 'string', default: 'lightning' } } });
const model = values.model === 'thunder' ? 'thunder' : 'lightning';
if (!clipsAvailable()) {
  console.error(`fixtures: ${CLIPS_DIR} is absent; nothing to extract.`);
  process.exit(1);
}
const estimator = await createNodePoseEstimator(model);
for (const clip of readLabels()) {
  if (positionals.length > 0 && !positionals.some((p) => clip.file.includes(p))) continue;
  const { track } = await extractTrack(join(CLIPS_DIR, clip.file), { estimator });
  const out = fixtureTrackPath(clip.file, model);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(track));
  const found = track.frames.filter((f) => f.keypoints !== null).length;
  console.log(`${clip.file}: ${track.frames.length} frames, person in ${found} -> ${out}`);
}
estimator.dispose();
