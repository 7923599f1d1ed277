import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

/** The line serve.ts prints once it is listening. */
const READY = /Hearth is running in browser mode at (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/;
const SERVER = join(__dirname, '..', '..', 'out', 'main', 'browser.cjs');

function waitForUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`fixtures: browser mode did not start within 20 s.\n${out}${err}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = READY.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`fixtures: browser mode exited with code ${code} before it was ready.\n${out}${err}`));
    });
  });
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * `hearthUrl`: a fresh, empty workspace folder and its own browser-mode server for each test; the URL
 * (with its token) is what the server printed. The server is stopped and the folder deleted afterwards.
 */
export const test = base.extend<{ hearthUrl: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none.
  hearthUrl: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
    const child = spawn(process.execPath, [SERVER, '--workspace', dir], { stdio: 'pipe' });
    try {
      await use(await waitForUrl(child));
    } finally {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
