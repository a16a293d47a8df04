import { describe, expect, it } from 'vitest';
import { isRealGpu } from './backend.ts';

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
