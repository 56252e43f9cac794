import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Coverage of the code the tests exercise, printed as a summary after every run.
    coverage: { provider: 'v8', include: ['src/**', 'scripts/**'], reporter: ['text-summary'] },
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/build-demo.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // Hostile content: rejected by the check, or rendered harmless (one hostile handbook built once).
        test: {
          name: 'trust',
          include: ['test/trust/**/*.test.ts'],
          globalSetup: ['test/trust/render-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
