import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          // Two cores: pose and ffmpeg tests gain nothing from more than two files at once.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          // The browser tests run one file at a time, after the rest. Reason: a live set's count depends on frames
          // analysed per second; beside another browser test and the pose tests (load 8-20 on CI's two cores) Chromium
          // analysed ~10 a second and counted 11 of 12 jacks, and a WebKitGTK session did not start within 180 s.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
