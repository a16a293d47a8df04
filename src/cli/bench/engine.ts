// Analysis-engine throughput in Node: frames per second through each registered task's live path (push + finish),
// on a real fixture track repeated to 30,000 frames; median of 5 runs.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeFrames, TASKS, type PoseFrame, type TaskDefinition, type Track } from '../../analysis/index.ts';
import { fixtureTrackPath, readLabels, clipsAvailable } from '../clips.ts';
import { readTrackFile } from '../track-from-file.ts';
import { median, type BenchGroup, type BenchResult } from './types.ts';

const TARGET_FRAMES = 30_000;
const RUNS = 5;
const FALLBACK_CLIP = 'jumping-jacks/jj-white-wall.mp4';

/** The fixture track of the task's first labelled clip, else a front-view clip (the engine still runs every frame). */
function trackFor(task: TaskDefinition): Track {
  const clip = clipsAvailable() ? readLabels().find((c) => c.task === task.id && existsSync(fixtureTrackPath(c.file))) : undefined;
  return readTrackFile(fixtureTrackPath(clip?.file ?? FALLBACK_CLIP));
}

function repeated(track: Track): PoseFrame[] {
  const frames: PoseFrame[] = [];
  const spanMs = (track.frames.at(-1)?.tMs ?? 0) - (track.frames[0]?.tMs ?? 0) + 1000 / track.fps;
  for (let lap = 0; frames.length < TARGET_FRAMES; lap++) {
    for (const f of track.frames) frames.push({ tMs: f.tMs + lap * spanMs, keypoints: f.keypoints });
  }
  return frames.slice(0, TARGET_FRAMES);
}

const group: BenchGroup = {
  name: 'engine',
  run() {
    const results: BenchResult[] = [];
    for (const task of TASKS) {
      const track = trackFor(task);
      const frames = repeated(track);
      const source = { width: track.width, height: track.height, fps: track.fps };
      analyzeFrames(task, source, frames); // warm-up (JIT)
      const rates: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const t0 = performance.now();
        analyzeFrames(task, source, frames);
        rates.push(frames.length / ((performance.now() - t0) / 1000));
      }
      results.push({ name: `engine.${task.id}.frames-per-second`, value: median(rates), unit: 'frames/s',
        note: `${frames.length} frames of ${track.source} repeated, median of ${RUNS}` });
    }
    return Promise.resolve(results);
  },
};
export default group;
