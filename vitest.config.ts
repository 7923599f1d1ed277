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
        test: { name: 'renderer', include: ['test/renderer/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['test/renderer/setup.ts'] },
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
