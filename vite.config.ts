// Vite config of the browser app. Everything the page loads comes from its own origin: the MoveNet models from
// models/ (served at /models/ in dev, copied into the build) and the tfjs wasm binaries as hashed assets.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';

const ROOT = dirname(fileURLToPath(import.meta.url));
const MODELS_DIR = join(ROOT, 'models');
/** The model files the app may load (see models/manifest.json); nothing else in models/ is served. */
const MODEL_FILES = ['movenet-lightning.json', 'movenet-lightning.bin', 'movenet-thunder.json', 'movenet-thunder.bin'];

function readModel(name: string): Buffer {
  try {
    return readFileSync(join(MODELS_DIR, name));
  } catch {
    throw new Error(`models/${name} is missing: run \`npm install\` (its postinstall step fetches the models).`);
  }
}

/** Serves models/ at /models/ on the dev and preview servers and emits the model files into the build. */
function movenetModels(): Plugin {
  const serve = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    const name = /^\/models\/([\w.-]+)$/.exec((req.url ?? '').split('?')[0] ?? '')?.[1];
    if (name === undefined || !MODEL_FILES.includes(name)) { next(); return; }
    res.setHeader('content-type', name.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    res.end(readModel(name));
  };
  return {
    name: 'springboard-movenet-models',
    configureServer: (server) => { server.middlewares.use(serve); },
    configurePreviewServer: (server) => { server.middlewares.use(serve); },
    generateBundle() {
      for (const name of MODEL_FILES) this.emitFile({ type: 'asset', fileName: `models/${name}`, source: readModel(name) });
    },
  };
}

export default defineConfig({
  plugins: [preact(), movenetModels()],
  resolve: {
    alias: [
      // pose-detection imports these for its BlazePose-mediapipe and WebGPU paths, which we never use (MoveNet on
      // wasm/WebGL/WebGPU). @mediapipe/pose is not an ES module and breaks the build; its WebGPU kernels are dead weight.
      { find: '@mediapipe/pose', replacement: join(ROOT, 'src/pose/mediapipe-stub.ts') },
      // Exact name only: the real WebGPU backend stays reachable by its dist path (src/pose/webgpu-backend.ts).
      { find: /^@tensorflow\/tfjs-backend-webgpu$/, replacement: join(ROOT, 'src/pose/webgpu-stub.ts') },
    ],
  },
  // The pose worker (src/pose/pose-worker.ts) is a same-origin module worker; ES output lets it load the WebGPU
  // backend as a separate chunk, only where a real GPU adapter exists.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // tfjs is one large chunk (~1.5 MB before gzip); it is loaded once from our own origin and cached.
    chunkSizeWarningLimit: 2500,
  },
});
