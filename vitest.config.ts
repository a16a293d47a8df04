import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Pose and browser tests load models and start Chromium: two cores do not gain from running them in parallel.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
