import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive browser mode (DESIGN §1) in the system Chromium: this workplace cannot
 * download browsers or Electron, so Playwright never fetches one. Each test gets its own workspace
 * and its own server (test/e2e/fixtures.ts). Run after `npm run build`.
 */
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
});
