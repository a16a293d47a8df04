// Picks the tfjs backend in the browser (the page or the pose worker): WebGL on a real GPU, then WebGPU on a real GPU
// adapter, else wasm (SIMD, threads off), else CPU. The backend actually in use is read back after setBackend,
// because tfjs can fall back silently.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
// The wasm binaries are bundled as our own assets: no request may leave the page's origin (no CDN).
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
// Never fetched (threads are off) but tfjs requires a path for every binary.
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

export type BackendName = 'webgl' | 'webgpu' | 'wasm' | 'cpu';

export interface BackendChoice {
  /** The backend tfjs reports after setup. */
  readonly backend: string;
  /** The WebGL renderer string when one could be read (e.g. "ANGLE (NVIDIA ...)", "SwiftShader"). */
  readonly renderer: string | null;
  /** Why this backend, in a sentence a person can read. */
  readonly reason: string;
}

/**
 * Renderer names of software rasterisers. Source: Chromium's SwiftShader and Mesa's llvmpipe/softpipe renderer
 * strings. Reason: measured on this project's CI machine, WebGL on SwiftShader takes ~210 ms per Lightning frame
 * against ~22 ms for wasm SIMD, so a software "GPU" must never win over wasm.
 */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

type GlContext = WebGLRenderingContext | WebGL2RenderingContext;

/** A throwaway WebGL context: on a page canvas, or on an OffscreenCanvas in a worker (no document there). */
function glContext(): GlContext | null {
  if (typeof document !== 'undefined') {
    return document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
  }
  if (typeof OffscreenCanvas === 'undefined') return null;
  return new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl');
}

/** The unmasked WebGL renderer string, or null when WebGL or the debug extension is unavailable. */
export function webglRenderer(): string | null {
  try {
    const gl = glContext();
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) as unknown : gl.getParameter(gl.RENDERER) as unknown;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof renderer === 'string' ? renderer : null;
  } catch {
    return null;
  }
}

export const isRealGpu = (renderer: string | null): boolean => renderer !== null && !SOFTWARE_RENDERERS.test(renderer);

/** What a WebGPU adapter says about itself (GPUAdapterInfo's fields that tell a software adapter). */
export interface GpuAdapterLike {
  readonly isFallbackAdapter?: boolean;
  readonly info?: { readonly vendor?: string; readonly architecture?: string; readonly description?: string; readonly isFallbackAdapter?: boolean };
}

/**
 * True for a hardware WebGPU adapter. Reason: Chromium offers SwiftShader as a "fallback adapter" without a GPU (as on
 * this project's machines), and WebGPU on it is slower than wasm, as WebGL on SwiftShader is (see SOFTWARE_RENDERERS).
 */
export function isRealGpuAdapter(adapter: GpuAdapterLike | null): boolean {
  if (!adapter || adapter.isFallbackAdapter === true || adapter.info?.isFallbackAdapter === true) return false;
  const { vendor = '', architecture = '', description = '' } = adapter.info ?? {};
  return !SOFTWARE_RENDERERS.test(`${vendor} ${architecture} ${description}`);
}

/** The browser's WebGPU adapter, or null without WebGPU (navigator.gpu is absent in most browsers without a GPU). */
async function gpuAdapter(): Promise<GpuAdapterLike | null> {
  const gpu = (globalThis.navigator as { gpu?: { requestAdapter(): Promise<GpuAdapterLike | null> } } | undefined)?.gpu;
  try {
    return (await gpu?.requestAdapter()) ?? null;
  } catch {
    return null;
  }
}

/** The order to try backends in: a forced one first; a real GPU's WebGL, then WebGPU; wasm; CPU last. */
export function backendOrder(prefer: BackendName | undefined, renderer: string | null, adapter: GpuAdapterLike | null): BackendName[] {
  if (prefer) return [...new Set<BackendName>([prefer, 'wasm', 'cpu'])];
  const gpus: BackendName[] = [...(isRealGpu(renderer) ? ['webgl' as const] : []), ...(isRealGpuAdapter(adapter) ? ['webgpu' as const] : [])];
  return [...gpus, 'wasm', 'cpu'];
}

/** A sentence on why this backend runs, for the status line. */
export function backendReason(backend: string, renderer: string | null, adapter: GpuAdapterLike | null): string {
  const gpuTried = isRealGpu(renderer) || isRealGpuAdapter(adapter);
  if (backend === 'webgl') return `WebGL on the graphics card (${renderer ?? 'unknown renderer'})`;
  if (backend === 'webgpu') return `WebGPU on the graphics card (${adapter?.info?.description || adapter?.info?.vendor || 'unknown adapter'})`;
  if (backend === 'wasm') return gpuTried ? 'WebAssembly (the graphics card did not start)' : 'WebAssembly (no graphics card for WebGL or WebGPU)';
  return 'plain JavaScript (slow: WebAssembly did not start)';
}

/** Registers the WebGPU backend (a separate chunk, loaded only where a real adapter exists). */
async function registerWebGpu(): Promise<void> {
  await import('./webgpu-backend.ts');
}

async function trySetBackend(name: BackendName): Promise<boolean> {
  try {
    if (name === 'webgpu') await registerWebGpu();
    return (await tf.setBackend(name)) && tf.getBackend() === name;
  } catch {
    return false;
  }
}

let chosen: Promise<BackendChoice> | undefined;

/** Sets the backend once per page; `prefer` forces one (tests, benches), falling back like the automatic choice. */
export function chooseBrowserBackend(prefer?: BackendName): Promise<BackendChoice> {
  chosen ??= (async () => {
    // Threads off: the threaded wasm worker breaks after minification, and SIMD alone is fast enough (~22 ms/frame).
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmUrl, 'tfjs-backend-wasm-simd.wasm': wasmSimdUrl, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
    });
    const renderer = webglRenderer();
    const adapter = await gpuAdapter();
    for (const name of backendOrder(prefer, renderer, adapter)) {
      if (!(await trySetBackend(name))) continue;
      await tf.ready();
      const backend = tf.getBackend(); // read back: tfjs may have fallen back silently
      return { backend, renderer, reason: backendReason(backend, renderer, adapter) };
    }
    throw new Error('No pose backend could start in this browser (WebGL, WebGPU, WebAssembly and CPU all failed): try a current Chrome, Edge or Firefox.');
  })();
  return chosen;
}

/** Where the app serves a model's graph file (its weights sit beside it). */
export const modelUrl = (file: 'movenet-lightning' | 'movenet-thunder', base = '/models/'): string => `${base}${file}.json`;

/** Tensors alive in tfjs now: the leak tests compare it before and after a run of frames. */
export const liveTensorCount = (): number => tf.memory().numTensors;
