// Pose benchmarks in Node on the wasm backend: ms per frame for each model on real decoded frames (median of 60 frames
// after 10 warm-up frames), and the real-time factor of analysing a whole clip, decoding included.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createNodePoseEstimator } from '../../pose/node.ts';
import type { ModelChoice } from '../../pose/estimator.ts';
import { CLIPS_DIR, clipsAvailable } from '../clips.ts';
import { decodeFrames, type DecodedFrame } from '../ffmpeg.ts';
import { extractTrack } from '../track-from-file.ts';
import { median, type BenchGroup, type BenchResult } from './types.ts';

const CLIP = 'jumping-jacks/jj-white-wall.mp4';
const WARMUP_FRAMES = 10;
const TIMED_FRAMES = 60;

async function firstFrames(file: string, n: number): Promise<DecodedFrame[]> {
  const frames: DecodedFrame[] = [];
  for await (const f of decodeFrames(file)) {
    frames.push(f);
    if (frames.length >= n) break;
  }
  return frames;
}

async function msPerFrame(model: ModelChoice, frames: readonly DecodedFrame[]): Promise<number> {
  const estimator = await createNodePoseEstimator(model);
  const times: number[] = [];
  for (const [i, f] of frames.entries()) {
    const t0 = performance.now();
    await estimator.estimateRgb(f.rgb, f.width, f.height, f.tMs);
    if (i >= WARMUP_FRAMES) times.push(performance.now() - t0);
  }
  estimator.dispose();
  return median(times);
}

const group: BenchGroup = {
  name: 'pose-node',
  async run() {
    if (!clipsAvailable()) throw new Error(`bench: ${CLIPS_DIR} is absent; the pose benchmarks read ${CLIP} from it.`);
    const file = join(CLIPS_DIR, CLIP);
    const frames = await firstFrames(file, WARMUP_FRAMES + TIMED_FRAMES);
    const note = `${TIMED_FRAMES} frames of ${CLIP} after ${WARMUP_FRAMES} warm-up, median`;
    const results: BenchResult[] = [];
    for (const model of ['lightning', 'thunder'] as const) {
      results.push({ name: `pose.${model}.wasm.node`, value: await msPerFrame(model, frames), unit: 'ms/frame', note });
    }
    const estimator = await createNodePoseEstimator('lightning');
    await estimator.estimateRgb(frames[0]!.rgb, frames[0]!.width, frames[0]!.height, 0); // warm the kernels
    const t0 = performance.now();
    const { track } = await extractTrack(file, { estimator });
    const wallS = (performance.now() - t0) / 1000;
    estimator.dispose();
    const videoS = track.frames.length / track.fps;
    results.push({
      name: 'analyze.lightning.realtime-factor', value: videoS / wallS, unit: 'video s / wall s',
      note: `${CLIP}: ${track.frames.length} frames, ${videoS.toFixed(2)} s of video in ${wallS.toFixed(2)} s, decode included, model loaded`,
    });
    return results;
  },
};
export default group;
