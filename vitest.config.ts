import { defineConfig } from 'vitest/config';

// Two tiers: pure cores and DOM code in Node/happy-dom (fast), and the built extension in real
// Chromium and Firefox (slow, one browser per file). `npm test` runs both.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts', 'test/dom/**/*.test.ts', 'test/baselines/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Browsers are heavy on a 2-core machine: one file at a time.
          fileParallelism: false,
          globalSetup: ['test/e2e/harness/global-setup.ts'],
        },
      },
    ],
  },
});
