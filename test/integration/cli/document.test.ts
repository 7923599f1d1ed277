import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import type { DocumentView } from '../../../shared/schemas/documents';
import type { UnsentView } from '../../../shared/schemas/sending';
import { toLondonInput } from '../../../shared/time/input';
import { createCore } from '../../../main/core';
import { dispatch } from '../../../main/ipc/dispatch';
import { CLI, TEST_COST } from '../../helpers/core';
import { file, hateCase } from '../import/fixtures';
import { addUser, ADMIN, as, BOB, expectOk, expectOneSentence, hearth, initWorkspace, useTempDirs } from './harness';

const temp = useTempDirs();
const REF = 'C33-2026-0001';

/** A workspace with one case and its acknowledgement letter made (from the CLI, as an officer would), not yet sent. */
async function withLetter(root: string): Promise<{ dir: string; id: number }> {
  const { dir } = await initWorkspace(root);
  const path = join(root, 'register.json');
  writeFileSync(path, JSON.stringify(file(hateCase())));
  expectOk(await hearth(['import', path], { env: as(dir, ADMIN) }));
  expectOk(await hearth(['partner', 'set', 'C33', '--address', 'Circle House, 1 Reading Road, London', '--postcode', 'N7 8QX', '--phone', '0300 456 2233', '--email', 'asb@circle33.org.uk'], { env: as(dir, ADMIN) }));
  const made = JSON.parse(expectOk(await hearth(['letter', REF, 'acknowledgement', '--to', 'Haddad', '--out', join(root, 'ack.pdf'), '--json'], { env: as(dir, ADMIN) })).stdout) as { document: DocumentView };
  expect(made.document.state).toBe('ready');
  return { dir, id: made.document.id };
}

const unsent = async (dir: string) => JSON.parse(expectOk(await hearth(['document', 'unsent', '--json'], { env: as(dir, ADMIN) })).stdout) as Pick<UnsentView, 'total' | 'letters'>;
/** The audit log's actions, newest first, read through the contract as a manager would. */
async function audited(dir: string): Promise<string[]> {
  const core = createCore({ dir, slotCost: TEST_COST, log: () => undefined });
  await dispatch(core, 'session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase }, CLI);
  const listed = await dispatch(core, 'audit:list', { limit: 500 }, CLI);
  core.sessions.signOut();
  if (!listed.ok) throw new Error(listed.error.message);
  return (listed.value as ChannelOutput<'audit:list'>).map((e) => e.action);
}

describe('hearth document', () => {
  it('lists a made letter as not sent, records it sent by post at a typed London time, and then lists nothing', async () => {
    const { dir, id } = await withLetter(temp());
    const before = await unsent(dir);
    expect(before.total).toBe(1);
    expect(before.letters[0]).toMatchObject({ documentId: id, ref: REF, title: expect.stringMatching(/acknowledg/i) });
    expect(expectOk(await hearth(['document', 'unsent'], { env: as(dir, ADMIN) })).stdout).toMatch(new RegExp(`^\\s+${id}\\s+${REF}\\s+\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\s+`, 'm'));

    const typed = toLondonInput(new Date()); // this minute: not before the letter was made, not in the future
    const ran = expectOk(await hearth(['document', 'sent', String(id), '--how', 'post', '--at', typed], { env: as(dir, ADMIN) }));
    expect(ran.stdout).toBe(`Recorded “${before.letters[0]!.title}” for ${before.letters[0]!.recipient} (document ${id}) as sent ${typed} by first class post. What it serves is met from then.\n`);

    expect((await unsent(dir)).total).toBe(0);
    expect(expectOk(await hearth(['document', 'unsent'], { env: as(dir, ADMIN) })).stdout).toBe('Every letter made has been recorded as sent.\n');
    // The deadline it serves (the acknowledgement) is met at the time typed, through the same service as the app.
    const items = JSON.parse(expectOk(await hearth(['deadlines', REF, '--json'], { env: as(dir, ADMIN) })).stdout) as { ruleId: string; state: string; metAt: string | null }[];
    const ack = items.find((i) => /ack/i.test(i.ruleId));
    expect(ack).toMatchObject({ state: expect.stringMatching(/^met/) });
    expect(toLondonInput(ack!.metAt!)).toBe(typed);
    expect(await audited(dir)).toContain('document:recordSent');
  });

  it('takes a case reference when the case has one letter waiting, and refuses a second recording', async () => {
    const { dir, id } = await withLetter(temp());
    const sent = JSON.parse(expectOk(await hearth(['document', 'sent', REF, '--how', 'hand', '--at', 'now', '--json'], { env: as(dir, ADMIN) })).stdout) as DocumentView;
    expect(sent).toMatchObject({ id, state: 'sent', sending: { how: 'hand' } });
    const again = await hearth(['document', 'sent', String(id), '--how', 'email', '--at', 'now'], { env: as(dir, ADMIN) });
    expect(again.code).toBe(2);
    expect(expectOneSentence(again)).toMatch(/^This letter was already recorded as sent on \d\d\/\d\d\/\d{4} \d\d:\d\d\.$/);
    const none = await hearth(['document', 'sent', REF, '--how', 'hand', '--at', 'now'], { env: as(dir, ADMIN) });
    expect(expectOneSentence(none)).toBe(`${REF} has no letter waiting to be sent. See hearth document unsent.`);
  });

  it('refuses a bad way, a bad or future time and a missing detail with exit 2, recording nothing', async () => {
    const { dir, id } = await withLetter(temp());
    const run = (...args: string[]) => hearth(['document', 'sent', String(id), ...args], { env: as(dir, ADMIN) });
    const pigeon = await run('--how', 'pigeon', '--at', 'now');
    expect(pigeon.code).toBe(2);
    expect(expectOneSentence(pigeon)).toMatch(/^“pigeon” is not a way of sending Hearth knows: use post \(first class\), second-class, hand, email, collected or other/);
    const american = await run('--how', 'post', '--at', '11/21/2026 14:30');
    expect(expectOneSentence(american)).toMatch(/^“11\/21\/2026 14:30” is not a date and time like 21\/11\/2026 14:30/);
    const future = await run('--how', 'post', '--at', '21/11/2099 14:30');
    expect(future.code).toBe(2);
    expect(expectOneSentence(future)).toBe('When it was sent is in the future. Enter the date and time it went.');
    const early = await run('--how', 'post', '--at', '01/01/2020 09:00');
    expect(expectOneSentence(early)).toMatch(/^When it was sent is before the letter was made \(/);
    expect(expectOneSentence(await run('--how', 'other', '--at', 'now'))).toMatch(/^With --how other, say how with --detail/);
    expect(expectOneSentence(await run('--at', 'now'))).toMatch(/^Say how it was sent with --how/);
    expect(expectOneSentence(await hearth(['document', 'sent', '99999', '--how', 'post', '--at', 'now'], { env: as(dir, ADMIN) }))).toMatch(/no such document/i);
    expect((await unsent(dir)).total).toBe(1);
  });

  it('is refused to a user whose cases do not include it (dispatch’s case check), recording nothing', async () => {
    const { dir, id } = await withLetter(temp());
    expectOk(await addUser(dir, BOB, 'legal')); // legal works on referred cases only: this one is not
    const ran = await hearth(['document', 'sent', String(id), '--how', 'post', '--at', 'now'], { env: as(dir, BOB) });
    expect(expectOneSentence(ran)).toBe('There is no such document, or it is not on a case you can see.');
    expect((await unsent(dir)).total).toBe(1);
  });
});
