import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneBackups } from '../../../main/backup/create-backup';
import { ADMIN, makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { forge, type Parts } from './forge';

const temp = useTempDirs();
const PAGE = 4096;

/** Flips the lowest bit of one byte of the database (at a negative position, counted from the end). */
function flip(at: number): (p: Parts) => Parts {
  return (p) => {
    const i = at < 0 ? p.database.length + at : at;
    p.database.writeUInt8(p.database.readUInt8(i) ^ 1, i);
    return p;
  };
}

describe('backup file names', () => {
  it('never collide: three backups in one second write three files, none replacing another', async () => {
    const app = await makeWorkspace(temp());
    const folder = temp();
    const made = [];
    for (let i = 0; i < 3; i += 1) made.push(await app.must('backup:create', { folder })); // the clock does not move
    const names = made.map((b) => b.path.split(/[\\/]/).at(-1));
    expect(names).toEqual(['hearth-test-office-20261121-090000.hbk', 'hearth-test-office-20261121-090000-2.hbk', 'hearth-test-office-20261121-090000-3.hbk']);
    expect(readdirSync(folder).sort()).toEqual([...names].sort());
    // Each is a whole, different backup (each later one records the audit event of the one before).
    expect(new Set(made.map((b) => b.auditHead.seq)).size).toBe(3);
    for (const b of made) expect(statSync(b.path).size).toBe(b.bytes);
  });

  it('are 0600 files in a 0700 folder Hearth made', async () => {
    const app = await makeWorkspace(temp());
    const folder = join(temp(), 'usb', 'hearth');
    const made = await app.must('backup:create', { folder });
    if (process.platform === 'win32') return; // modes are POSIX; Windows keeps its own ACLs
    expect(statSync(made.path).mode & 0o777).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });

  it('keeping the newest N counts a same-second backup with a suffix as newer', () => {
    const folder = temp();
    const files = ['hearth-office-20261121-090000.hbk', 'hearth-office-20261121-090000-2.hbk', 'hearth-office-20261121-090000-3.hbk', 'hearth-office-20261120-170000.hbk', 'hearth-office-annex-20261121-100000.hbk', 'notes.txt'];
    for (const f of files) writeFileSync(join(folder, f), '');
    expect(pruneBackups(folder, 'Office', 2).sort()).toEqual(['hearth-office-20261120-170000.hbk', 'hearth-office-20261121-090000.hbk']);
    // Another workspace's backups ("Office annex") and other files are never touched.
    expect(readdirSync(folder).sort()).toEqual(['hearth-office-20261121-090000-2.hbk', 'hearth-office-20261121-090000-3.hbk', 'hearth-office-annex-20261121-100000.hbk', 'notes.txt']);
  });
});

/** Damage made after the backup was written, with every checksum recomputed so the container itself looks whole. */
const DAMAGE: [string, (p: Parts) => Parts, RegExp][] = [
  ['a byte flipped in the first page', flip(100), /damaged inside: it is not a database that opens with the key in the backup/],
  // Which check catches a byte in the middle depends on the kind of page it lands on, which moves as
  // migrations add tables (migration 0011's new table moved it): either refusal says what is wrong.
  ['a byte flipped in the middle', (p) => flip(Math.floor(p.database.length / 2) + 200)(p), /damaged inside: SQLite finds it malformed|failed SQLite's integrity check \(Tree \d+ page \d+/],
  ['a byte flipped in the last page', flip(-10), /damaged inside: SQLite finds it malformed/],
  ['a page zeroed', (p) => (p.database.fill(0, PAGE, 2 * PAGE), p), /failed SQLite's integrity check \(Tree \d+ page \d+: unable to get the page\. error code=11, and \d+ more problems\)\. Use another backup\.$/],
  ['two pages cut off the end', (p) => ({ ...p, database: p.database.subarray(0, p.database.length - 2 * PAGE) }), /damaged inside: SQLite finds it malformed \(a page is missing/],
  ['the database replaced by other bytes', (p) => ({ ...p, database: Buffer.alloc(p.database.length, 7) }), /damaged inside: it is not a database/],
  ['the recorded audit head moved on', (p) => ({ ...p, header: { ...p.header, auditHead: { ...p.header.auditHead, seq: p.header.auditHead.seq + 5 } } }), /events were removed from the end/],
  ['the recorded audit head rewritten', (p) => ({ ...p, header: { ...p.header, auditHead: { ...p.header.auditHead, hash: 'a'.repeat(64) } } }), /the log was rewritten/],
  ['the key file inside replaced', (p) => ({ ...p, header: { ...p.header, keyring: { not: 'a keyring' } } }), /key file inside the backup is damaged/],
];

describe('a damaged backup whose checksums were recomputed', () => {
  it.each(DAMAGE)('is refused with what is wrong, never "internal": %s', async (_name, damage, says) => {
    const app = await makeWorkspace(temp());
    // Enough rows that the database has many pages, so "the middle" is not the first page.
    for (let i = 0; i < 30; i += 1) await app.must('users:add', { username: `user${i}`, displayName: 'A'.repeat(100), role: 'officer', passphrase: 'river stone lantern' });
    const backup = await app.must('backup:create', { folder: temp() });
    const copy = join(temp(), 'forged.hbk');
    copyFileSync(backup.path, copy);
    forge(copy, damage);
    const r = await app.call('backup:restore', { path: copy, passphrase: ADMIN.passphrase });
    expect(r).toMatchObject({ ok: false, error: { code: 'integrity', message: expect.stringMatching(says) } });
    if (!r.ok) expect(r.error.message).not.toMatch(/\n/); // one line, readable in the CLI and a dialog
    expect(app.core.sessions.current()).not.toBeNull(); // the live workspace was not touched
  });
});

describe('restore refuses, in words', () => {
  it('a folder given as the backup file, naming the newest backup in it', async () => {
    const app = await makeWorkspace(temp());
    const folder = temp();
    const made = await app.must('backup:create', { folder });
    const r = await app.call('backup:restore', { path: folder, passphrase: ADMIN.passphrase });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: `${folder} is a folder, not a backup file: choose the .hbk file to restore. The newest backup in it looks like ${made.path.split(/[\\/]/).at(-1)}.` } });
    const empty = join(temp(), 'empty');
    mkdirSync(empty);
    expect(await app.call('backup:restore', { path: empty, passphrase: ADMIN.passphrase })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/is a folder, not a backup file.*holds no \.hbk backups/) } });
  });

  it('a file that is not there, and an empty file left by an interrupted copy', async () => {
    const app = await makeWorkspace(temp());
    const missing = join(temp(), 'monday.hbk');
    expect(await app.call('backup:restore', { path: missing, passphrase: ADMIN.passphrase })).toMatchObject({ ok: false, error: { code: 'not-found', message: `There is no backup file at ${missing}: check the folder and the file name.` } });
    const empty = join(temp(), 'tuesday.hbk');
    writeFileSync(empty, '');
    expect(await app.call('backup:restore', { path: empty, passphrase: ADMIN.passphrase })).toMatchObject({ ok: false, error: { code: 'integrity', message: expect.stringMatching(/is empty: it was never finished/) } });
  });
});
