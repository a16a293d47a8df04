// Node entry of the pose layer: the wasm backend (SIMD, threads off) and the model files read from models/ through a
// tfjs IOHandler, so the same estimator code as the browser runs in the CLI, the benchmarks and the tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createPoseEstimator, MODEL_OF_CHOICE, type ModelChoice, type PoseEstimator } from './estimator.ts';

export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');

/** Reads a tfjs graph model (model.json + its weight files) from disk. */
export function fileModelHandler(modelJsonPath: string): tf.io.IOHandler {
  return {
    load() {
      const json = JSON.parse(readFileSync(modelJsonPath, 'utf8')) as tf.io.ModelJSON;
      const specs: tf.io.WeightsManifestEntry[] = [];
      const buffers: Uint8Array[] = [];
      for (const group of json.weightsManifest) {
        specs.push(...group.weights);
        for (const path of group.paths) buffers.push(readFileSync(join(dirname(modelJsonPath), path)));
      }
      const total = buffers.reduce((n, b) => n + b.byteLength, 0);
      const weightData = new Uint8Array(total);
      let offset = 0;
      for (const b of buffers) { weightData.set(b, offset); offset += b.byteLength; }
      return Promise.resolve({
        modelTopology: json.modelTopology, format: json.format, generatedBy: json.generatedBy,
        convertedBy: json.convertedBy, signature: json.signature, userDefinedMetadata: json.userDefinedMetadata,
        weightSpecs: specs, weightData: weightData.buffer,
      });
    },
  };
}

let backendReady: Promise<string> | undefined;

/** Selects the wasm backend once per process and returns the backend actually in use. */
export function initNodeBackend(): Promise<string> {
  backendReady ??= (async () => {
    // Threads off: the threaded build needs a worker that is not worth it on 2 cores (measured: no gain).
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    const wasmDir = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
    setWasmPaths(`${wasmDir}/`);
    const ok = await tf.setBackend('wasm');
    await tf.ready();
    const backend = tf.getBackend();
    if (!ok || backend !== 'wasm') throw new Error(`The wasm backend did not start in Node (backend in use: ${backend}).`);
    return backend;
  })();
  return backendReady;
}

export async function createNodePoseEstimator(model: ModelChoice = 'lightning'): Promise<PoseEstimator> {
  await initNodeBackend();
  const path = join(MODELS_DIR, `${MODEL_OF_CHOICE[model]}.json`);
  return createPoseEstimator(model, fileModelHandler(path));
}
