// Vite config of the browser app. Everything the page loads comes from its own origin: the MoveNet models from
// models/ (served at /models/ in dev, copied into the build) and the tfjs wasm binaries as hashed assets.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * The Content-Security-Policy: the page loads and talks to its own origin only (children's health data never leaves
 * the device), with no inline script and no eval. 'wasm-unsafe-eval' lets the tfjs wasm backend compile its binary;
 * blob: is for the object URLs of downloads (backup, track) and of a pose worker, data: for images the CSS may inline.
 */
const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self' blob:", "connect-src 'self'",
  "img-src 'self' blob: data:", "media-src 'self' blob:", "style-src 'self'", "font-src 'self'", "object-src 'none'",
  "base-uri 'self'", "form-action 'self'",
];
/** The built page's policy, as its meta tag (a meta tag cannot carry frame-ancestors: that goes in the headers). */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
/** The preview server's header: the built page's policy, and no page of another site may frame this one. */
export const PREVIEW_CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
/**
 * The dev server's header. Vite's dev client injects each CSS module as a <style> element (for hot reload), so dev
 * alone allows inline styles; scripts stay as strict as in the build. connect-src 'self' also covers Vite's
 * same-origin hot-reload WebSocket.
 */
export const DEV_CSP_HEADER = PREVIEW_CSP_HEADER.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/** Puts the policy into the built index.html as the first element of <head>, before anything it governs. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'springboard-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * The model file cached when first used (not precached): Thunder is 12.6 MB, and most families only ever run
 * Lightning; the model picker says its size before it is downloaded (src/pose/model-size.ts).
 */
const CACHED_ON_USE = /\/models\/movenet-thunder\.(json|bin)$/;
/** Thunder's cache is named after its weights' sha256 (models/manifest.json), so changed weights are fetched anew. */
const THUNDER_CACHE = `springboard-thunder-${(JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8')) as { files: Record<string, { sha256: string }> }).files['movenet-thunder.bin']?.sha256.slice(0, 12) ?? 'unknown'}`;
/** The wasm video decoder (src/pose/wasm-decode*.ts, its worker and ffmpeg.wasm's 32 MB binary): fetched only for a video WebCodecs cannot decode. */
const DECODER_ON_USE = /\/assets\/(ffmpeg-core|wasm-decode-worker)[^/]*\.(js|wasm)$/;

/**
 * Installable and offline after the first visit (Workbox's generated service worker). Precached: the app shell
 * (HTML, JS, CSS, icons, manifest), the tfjs wasm binaries and MoveNet Lightning; cached on first use: Thunder and the
 * wasm video decoder. registerType 'prompt': a new version waits until the person accepts it, and the app offers it
 * only when no camera or video set runs (src/app/update-prompt.ts), so a set is never cut by a reload. The worker
 * is registered from the app's own module (injectRegister false): no inline script, so the CSP needs no change.
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Springboard', short_name: 'Springboard', description: "Counts and grades children's gross-motor tasks from a webcam or a video, on the device.",
      theme_color: '#2f5d8a', background_color: '#f6f4ef', display: 'standalone', start_url: '.', scope: '.',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // The manifest and its icons are precached by the plugin itself; the touch icon is not in the manifest.
    includeAssets: ['icons/apple-touch-icon.png'],
    workbox: {
      globPatterns: ['**/*.{js,css,html,wasm}', 'models/movenet-lightning.{json,bin}'],
      globIgnores: ['**/ffmpeg-core*', '**/wasm-decode-worker*'],
      // Lightning's weights are 4.65 MB (Workbox skips files over 2 MB by default); the decoder is excluded above.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        { urlPattern: CACHED_ON_USE, handler: 'CacheFirst', options: { cacheName: THUNDER_CACHE, expiration: { maxEntries: 2 } } },
        { urlPattern: DECODER_ON_USE, handler: 'CacheFirst', options: { cacheName: 'springboard-video-decoder', expiration: { maxEntries: 2 } } },
      ],
    },
  });
}

export default defineConfig({
  plugins: [preact(), movenetModels(), contentSecurityPolicy(), offlineApp()],
  // The app puts Thunder into the service worker's cache itself when the page was not yet controlled (offline-model.ts).
  define: { __SPRINGBOARD_THUNDER_CACHE__: JSON.stringify(THUNDER_CACHE) },
  server: { headers: { 'Content-Security-Policy': DEV_CSP_HEADER } },
  preview: { headers: { 'Content-Security-Policy': PREVIEW_CSP_HEADER } },
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
