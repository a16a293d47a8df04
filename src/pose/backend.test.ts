import { describe, expect, it } from 'vitest';
import { backendOrder, backendReason, isRealGpu, isRealGpuAdapter } from './backend.ts';

describe('isRealGpu', () => {
  it('accepts a hardware renderer', () => {
    expect(isRealGpu('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(true);
    expect(isRealGpu('Apple M1')).toBe(true);
  });
  it('rejects software rasterisers, which are slower than wasm', () => {
    expect(isRealGpu('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(false);
    expect(isRealGpu('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(isRealGpu('Microsoft Basic Render Driver')).toBe(false);
  });
  it('rejects an unknown renderer', () => {
    expect(isRealGpu(null)).toBe(false);
  });
});

describe('backend choice with a WebGPU adapter (stubbed: no GPU on these machines)', () => {
  const NVIDIA_GL = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';
  const SWIFTSHADER_GL = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
  const hardware = { info: { vendor: 'nvidia', architecture: 'ampere', description: 'NVIDIA GeForce RTX 3060' } };
  const fallback = { info: { vendor: 'google', architecture: 'swiftshader', description: '', isFallbackAdapter: true } };
  const oldFallback = { isFallbackAdapter: true, info: { vendor: 'google' } };
  const swiftshaderUnflagged = { info: { vendor: 'google', architecture: 'swiftshader' } };

  it('tells a hardware adapter from a software or fallback one', () => {
    expect(isRealGpuAdapter(hardware)).toBe(true);
    expect(isRealGpuAdapter(fallback)).toBe(false);
    expect(isRealGpuAdapter(oldFallback)).toBe(false);
    expect(isRealGpuAdapter(swiftshaderUnflagged)).toBe(false);
    expect(isRealGpuAdapter(null)).toBe(false);
  });

  it('tries WebGPU after WebGL on a real GPU, and alone when WebGL is software', () => {
    expect(backendOrder(undefined, NVIDIA_GL, hardware)).toEqual(['webgl', 'webgpu', 'wasm', 'cpu']);
    expect(backendOrder(undefined, SWIFTSHADER_GL, hardware)).toEqual(['webgpu', 'wasm', 'cpu']);
  });

  it('never tries WebGPU on a software adapter or without one', () => {
    expect(backendOrder(undefined, SWIFTSHADER_GL, fallback)).toEqual(['wasm', 'cpu']);
    expect(backendOrder(undefined, null, null)).toEqual(['wasm', 'cpu']);
    expect(backendOrder(undefined, NVIDIA_GL, swiftshaderUnflagged)).toEqual(['webgl', 'wasm', 'cpu']);
  });

  it('puts a forced backend first and keeps the fallbacks', () => {
    expect(backendOrder('webgpu', null, null)).toEqual(['webgpu', 'wasm', 'cpu']);
    expect(backendOrder('wasm', NVIDIA_GL, hardware)).toEqual(['wasm', 'cpu']);
  });

  it('reports WebGPU like the others, with the adapter, and says why wasm runs', () => {
    expect(backendReason('webgpu', null, hardware)).toBe('WebGPU on the graphics card (NVIDIA GeForce RTX 3060)');
    expect(backendReason('wasm', null, fallback)).toBe('WebAssembly (no graphics card for WebGL or WebGPU)');
    expect(backendReason('wasm', SWIFTSHADER_GL, hardware)).toBe('WebAssembly (the graphics card did not start)');
  });
});
