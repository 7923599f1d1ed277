/**
 * Child process for the two-writer audit test (issue 13, finding 2): its own Core, so its own connection to
 * the same encrypted workspace, signs in and adds notes through dispatch() as fast as it can, then prints
 * how many were acknowledged. No process lock is taken here: the point is two writers at once.
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../../main/core';
import { dispatch } from '../../../main/ipc/dispatch';

const [dir, username, passphrase, caseIdText, countText] = process.argv.slice(2) as [string, string, string, string, string];
const sender = { trusted: true, transport: 'cli' } as const;
const core = createCore({ dir, slotCost: { N: 1024, r: 8, p: 1 }, log: (m) => writeSync(2, `${m}\n`), refreshDeadlines: false });

async function main(): Promise<void> {
  const signedIn = await dispatch(core, 'session:signIn', { username, passphrase }, sender);
  if (!signedIn.ok) throw new Error(signedIn.error.message);
  let acknowledged = 0;
  for (let i = 0; i < Number(countText); i += 1) {
    const r = await dispatch(core, 'note:add', { caseId: Number(caseIdText), text: `${username} note ${i}` }, sender);
    if (r.ok) acknowledged += 1;
    else writeSync(2, `${r.error.code}: ${r.error.message}\n`);
  }
  core.sessions.signOut();
  writeSync(1, `${acknowledged}\n`);
}

main().catch((error: Error) => {
  writeSync(2, `${error.stack ?? error.message}\n`);
  process.exit(1);
});
