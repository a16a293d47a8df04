// Picks the tfjs backend in the browser: WebGL only on a real GPU, else wasm (SIMD, threads off), else CPU. The
// backend actually in use is read back after setBackend, because tfjs can fall back silently.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
// The wasm binaries are bundled as our own assets: no request may leave the page's origin (no CDN).
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
// Never fetched (threads are off) but tfjs requires a path for every binary.
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

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

/** The unmasked WebGL renderer string, or null when WebGL or the debug extension is unavailable. */
export function webglRenderer(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
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

async function trySetBackend(name: BackendName): Promise<boolean> {
  try {
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
    const order: BackendName[] = prefer ? [prefer, 'wasm', 'cpu'] : isRealGpu(renderer) ? ['webgl', 'wasm', 'cpu'] : ['wasm', 'cpu'];
    for (const name of order) {
      if (!(await trySetBackend(name))) continue;
      await tf.ready();
      const backend = tf.getBackend();
      const reason = backend === 'webgl' ? `WebGL on the graphics card (${renderer ?? 'unknown renderer'})`
        : backend === 'wasm' ? (isRealGpu(renderer) ? 'WebAssembly (WebGL did not start)' : 'WebAssembly (no graphics card for WebGL)')
          : 'plain JavaScript (slow: WebAssembly did not start)';
      return { backend, renderer, reason };
    }
    throw new Error('No pose backend could start in this browser (WebGL, WebAssembly and CPU all failed): try a current Chrome, Edge or Firefox.');
  })();
  return chosen;
}

/** Where the app serves a model's graph file (its weights sit beside it). */
export const modelUrl = (file: 'movenet-lightning' | 'movenet-thunder', base = '/models/'): string => `${base}${file}.json`;

/** Tensors alive in tfjs now: the leak tests compare it before and after a run of frames. */
export const liveTensorCount = (): number => tf.memory().numTensors;
