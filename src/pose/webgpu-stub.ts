// Stand-in for @tensorflow/tfjs-backend-webgpu (aliased in vite.config.ts). pose-detection only uses it in
// `backend instanceof WebGPUBackend` checks and WebGPU-only code paths; we never register that backend.
export class WebGPUBackend {}
export const webgpu_util = {};
