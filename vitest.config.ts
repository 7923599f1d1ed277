import { defineConfig } from 'vitest/config';

/** Two layers run by `npm test` (the third, end-to-end, is Playwright: playwright.config.ts). */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // Real encrypted databases, child processes and key derivation: give them room on 2 cores.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
});
