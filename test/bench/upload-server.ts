import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserServer } from '../../main/browser/server';
import { createCore } from '../../main/core';
import { dispatch } from '../../main/ipc/dispatch';
import { raceHateIntake } from '../helpers/cases';

/**
 * The process measured by the upload bench (uploads.ts): a real workspace and the real browser-mode
 * server, as `npm start` runs them. Prints one JSON line (port, token, case id) when ready, and serves
 * until it is sent SIGTERM.
 */
async function main(): Promise<void> {
  const [root] = process.argv.slice(2);
  if (!root) throw new Error('usage: upload-server.ts ROOT');
  const renderer = join(root, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
  const core = createCore({ dir: join(root, 'ws'), log: () => undefined });
  const cli = { trusted: true, transport: 'cli' } as const;
  const created = await dispatch(core, 'workspace:create', { workspaceName: 'Bench', admin: { username: 'bench', displayName: 'Bench Admin', passphrase: 'quiet harbour lantern' } }, cli);
  if (!created.ok) throw new Error(created.error.message);
  const made = await dispatch(core, 'case:create', raceHateIntake(), cli);
  if (!made.ok) throw new Error(made.error.message);
  const server = await startBrowserServer(core, renderer);
  const token = new URL(server.url).hash.replace('#token=', '');
  process.stdout.write(`${JSON.stringify({ port: server.port, token, caseId: (made.value as { id: number }).id })}\n`);
  process.on('SIGTERM', () => {
    core.sessions.signOut();
    void server.close().then(() => process.exit(0));
  });
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
