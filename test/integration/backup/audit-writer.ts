/**
 * Child process for the backup-while-writing test: a second connection to the live workspace database
 * that appends audit events as fast as it can (each its own commit), printing the count as it goes.
 * Collisions with the parent's own audit writes are skipped: what matters is that it keeps writing.
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../../main/db/connection';
import { appendAudit } from '../../../main/security/audit';

const [path, keyHex] = process.argv.slice(2) as [string, string];
const db = openDatabase(path, Buffer.from(keyHex, 'hex'));
let written = 0;
for (;;) {
  try {
    appendAudit(db, { at: new Date().toISOString(), userId: null, username: 'writer', action: 'test:write', target: null, outcome: 'ok' });
    written += 1;
    if (written % 10 === 1) writeSync(1, `${written}\n`);
  } catch {
    // Another connection took that sequence number first: try again with the new head.
  }
}
