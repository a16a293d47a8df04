// Tensor and memory leak check over a long session: 10,000 MoveNet Lightning frames in Node on the wasm backend, real
// decoded frames of a clip cycled in order (so MoveNet's crop follows a moving person as it does live). Too slow for
// `npm test` on the 2-core machine (~25 ms a frame: over 4 minutes); the unit test src/pose/leak.test.ts checks 100.
import * as tf from '@tensorflow/tfjs-core';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createNodePoseEstimator } from '../../pose/node.ts';
import { CLIPS_DIR, clipsAvailable } from '../clips.ts';
import { decodeFrames, type DecodedFrame } from '../ffmpeg.ts';
import type { BenchGroup } from './types.ts';

const CLIP = 'jumping-jacks/jj-white-wall.mp4';
/** Frames estimated: the long-session figure (about 5.5 minutes of camera at 30 fps). */
export const LEAK_FRAMES = Number(process.env.SPRINGBOARD_LEAK_FRAMES ?? 10_000);
/** Distinct frames cycled: 60 of the clip (~50 MB of RGB) keep the person moving without holding the whole clip. */
const DISTINCT_FRAMES = 60;

const group: BenchGroup = {
  name: 'pose-leak',
  async run(signal) {
    if (!clipsAvailable()) throw new Error(`bench: ${CLIPS_DIR} is absent; the leak check reads ${CLIP} from it.`);
    const frames: DecodedFrame[] = [];
    for await (const f of decodeFrames(join(CLIPS_DIR, CLIP), signal)) {
      frames.push(f);
      if (frames.length >= DISTINCT_FRAMES) break;
    }
    const estimator = await createNodePoseEstimator('lightning');
    const first = frames[0]!;
    await estimator.estimateRgb(first.rgb, first.width, first.height, 0); // first call may allocate lasting state
    const before = tf.memory();
    const t0 = performance.now();
    for (let i = 1; i <= LEAK_FRAMES; i++) {
      signal?.throwIfAborted();
      const f = frames[i % frames.length]!;
      await estimator.estimateRgb(f.rgb, f.width, f.height, i * 33.33);
    }
    const wallS = (performance.now() - t0) / 1000;
    const after = tf.memory();
    estimator.dispose();
    const note = `${LEAK_FRAMES} frames of ${CLIP} (${DISTINCT_FRAMES} cycled), Lightning, wasm, ${wallS.toFixed(0)} s; target 0`;
    return [
      { name: 'pose.leak.tensors', value: after.numTensors - before.numTensors, unit: 'tensors', note },
      { name: 'pose.leak.bytes', value: after.numBytes - before.numBytes, unit: 'bytes', note },
    ];
  },
};
export default group;
