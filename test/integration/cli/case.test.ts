import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import type { CaseView } from '../../../shared/schemas/cases';
import { createCore } from '../../../main/core';
import { dispatch } from '../../../main/ipc/dispatch';
import { TEST_COST, CLI } from '../../helpers/core';
import { asbCase, file, hateCase } from '../import/fixtures';
import { ADMIN, as, expectOk, expectOneSentence, hearth, initWorkspace, useTempDirs } from './harness';

const temp = useTempDirs();
type CaseListPage = ChannelOutput<'case:list'>;

async function withCases(root: string): Promise<string> {
  const { dir } = await initWorkspace(root);
  const path = join(root, 'register.json');
  writeFileSync(path, JSON.stringify(file(hateCase(), asbCase({ contacts: [{ at: '2025-03-05T10:00:00Z', kind: 'call', party: 'c', summary: 'Called back.' }] }))));
  expectOk(await hearth(['import', path], { env: as(dir, ADMIN) }));
  return dir;
}

/** Restricts a case through the contract, as a manager would in the app. */
async function restrict(dir: string, ref: string): Promise<void> {
  const core = createCore({ dir, slotCost: TEST_COST, log: () => undefined });
  await dispatch(core, 'session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase }, CLI);
  const found = await dispatch(core, 'case:getByRef', { ref }, CLI);
  if (!found.ok) throw new Error(found.error.message);
  const r = await dispatch(core, 'case:restrict', { id: (found.value as CaseView).header.id, restricted: true, reason: 'A member of staff is involved.' }, CLI);
  if (!r.ok) throw new Error(r.error.message);
  core.sessions.signOut();
}

describe('hearth case', () => {
  it('lists cases as JSON (the case list page) and as a table', async () => {
    const dir = await withCases(temp());
    const page = JSON.parse(expectOk(await hearth(['case', 'list', '--json'], { env: as(dir, ADMIN) })).stdout) as CaseListPage;
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(page.rows.map((r) => r.ref)).toEqual(['C33-2026-0001', 'WH-2025-0001']); // newest first
    const text = expectOk(await hearth(['case', 'list'], { env: as(dir, ADMIN) })).stdout;
    expect(text.split('\n')[0]).toMatch(/^REF\s+RECEIVED\s+CATEGORY\s+STATUS\s+RISK\s+OWNER\s+ADDRESS$/);
    expect(text).toMatch(/^C33-2026-0001\s+18\/10\/2026\s+hate-incident\s+open\s+standard\s+Ada Lovelace\s+4 Elm Road$/m);
    expect(text).toMatch(/Page 1 of 1: 2 of 2 cases\.\n$/);
  });

  it('filters and searches', async () => {
    const dir = await withCases(temp());
    const list = async (...args: string[]) => (JSON.parse(expectOk(await hearth(['case', 'list', '--json', ...args], { env: as(dir, ADMIN) })).stdout) as CaseListPage).rows.map((r) => r.ref);
    expect(await list('--query', 'Whitcombe')).toEqual(['C33-2026-0001']);
    expect(await list('--partner', 'wh')).toEqual(['WH-2025-0001']);
    expect(await list('--category', 'asb')).toEqual(['WH-2025-0001']);
    expect(await list('--sort', 'received-asc', '--page-size', '5')).toEqual(['WH-2025-0001', 'C33-2026-0001']);
    expect(await list('--page', '2', '--page-size', '5')).toEqual([]);
    const bad = await hearth(['case', 'list', '--page', 'zero'], { env: as(dir, ADMIN) });
    expect(bad.code).toBe(2);
  });

  it('shows a whole case as JSON and as text', async () => {
    const dir = await withCases(temp());
    const view = JSON.parse(expectOk(await hearth(['case', 'show', 'wh-2025-0001', '--json'], { env: as(dir, ADMIN) })).stdout) as CaseView;
    expect(view.header).toMatchObject({ ref: 'WH-2025-0001', partner: 'WH', category: 'asb' });
    expect(view.parties.map((p) => p.name)).toEqual(['Joan Quenby']);
    expect(view.chronology.map((c) => c.kind)).toEqual(['incident', 'report', 'contact']);
    const text = expectOk(await hearth(['case', 'show', 'C33-2026-0001'], { env: as(dir, ADMIN) })).stdout;
    expect(text).toMatch(/^C33-2026-0001 {2}Hate incident or hate crime {2}Open {2}risk standard$/m);
    expect(text).toMatch(/^ {2}Complainant: Amira Haddad \(46\), assured tenant, 4 Elm Road$/m);
    expect(text).toMatch(/^ {2}17\/10\/2026 22:00 {2}Incident: Verbal abuse \[Ada Lovelace\]$/m);
  });

  it('needs --reason for a restricted case (exit 3 without it) and records it', async () => {
    const dir = await withCases(temp());
    await restrict(dir, 'C33-2026-0001');
    const refused = await hearth(['case', 'show', 'C33-2026-0001', '--json'], { env: as(dir, ADMIN) });
    expect(refused.code).toBe(3);
    expect(expectOneSentence(refused)).toBe('C33-2026-0001 is restricted. Say why you need to open it; your reason is recorded. Give it with --reason "…".');
    const shown = expectOk(await hearth(['case', 'show', 'C33-2026-0001', '--json', '--reason', 'Preparing the court bundle'], { env: as(dir, ADMIN) }));
    expect((JSON.parse(shown.stdout) as CaseView).header.restricted).toBe(true);
    // The list shows it without its address or headline.
    const page = JSON.parse(expectOk(await hearth(['case', 'list', '--json'], { env: as(dir, ADMIN) })).stdout) as CaseListPage;
    expect(page.rows.find((r) => r.ref === 'C33-2026-0001')).toMatchObject({ restricted: true, address: null, headline: null });
  });

  it('says so for a case that does not exist (exit 2)', async () => {
    const dir = await withCases(temp());
    const ran = await hearth(['case', 'show', 'C33-2026-0999'], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toBe('There is no case C33-2026-0999, or it is not one you can see.');
  });
});
