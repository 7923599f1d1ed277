import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Three layers run by `npm test` (the fourth, end-to-end, is Playwright: playwright.config.ts): unit,
 * renderer (components in jsdom, through the real widget kit, query cache and shared schemas; run with
 * the unit tests by `npm run test:unit`) and integration.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        plugins: [react()],
        // A form typed into key by key in jsdom takes a few seconds on a busy 2-core machine: the default 5 s
        // tripped under load while the same test passed alone. A timeout is not what these tests measure.
        test: { name: 'renderer', include: ['test/renderer/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['test/renderer/setup.ts'], testTimeout: 20_000 },
      },
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
