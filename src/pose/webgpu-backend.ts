// Registers tfjs' WebGPU backend. Imported by path: vite.config.ts maps the package's bare name to a stub for
// pose-detection (which only needs it for code we never run), so the real backend is reached through its dist entry.
import '@tensorflow/tfjs-backend-webgpu/dist/index.js';
