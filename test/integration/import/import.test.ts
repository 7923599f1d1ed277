import { describe, expect, it } from 'vitest';
import { raceHateIntake } from '../../helpers/cases';
import { ADMIN, makeWorkspace, type TestApp, addUser } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { asbCase, file, hateCase, type ImportCaseJson } from './fixtures';

const temp = useTempDirs();

const total = async (app: TestApp) => (await app.must('case:list', {})).total;

/** The last import's audit event, read from the database (audit:list leaves the detail out). */
function lastImportEvent(app: TestApp): { outcome: string; target: string | null; detail: Record<string, unknown> } {
  const row = app.core.sessions
    .current()!
    .ws.db.prepare("SELECT outcome, target, detail FROM audit_events WHERE action = 'import:run' ORDER BY seq DESC LIMIT 1")
    .get() as { outcome: string; target: string | null; detail: string | null };
  return { ...row, detail: JSON.parse(row.detail ?? '{}') as Record<string, unknown> };
}

describe('import', () => {
  it('imports every case in a good file, in one go, and they are searchable', async () => {
    const app = await makeWorkspace(temp());
    const doc = file(
      hateCase(),
      asbCase({
        sourceRef: 'ASB/2025/117',
        status: 'closed',
        closedAt: '2025-06-30T15:00:00Z',
        contacts: [{ at: '2025-03-05T10:00:00Z', kind: 'call', party: 'c', summary: 'Called Mrs Quenby back; diary sheets sent.' }],
        notes: [{ at: '2025-03-06T12:00:00Z', text: 'Noise app recordings promised.' }],
      }),
      hateCase({ partner: 'WH', receivedAt: '2026-02-01T10:00:00Z', parties: [{ key: 'x', role: 'victim', name: 'Tomasz Nowak' }], incidents: [{ occurredAt: '2026-01-31T20:00:00Z', description: 'Graffiti on the door.', acts: ['graffiti'], reportedBy: 'x' }], consents: [{ party: 'x', recipient: 'police', writtenOn: '2026-02-02', withdrawnOn: '2026-03-01' }] }),
    );
    const out = await app.must('import:run', { document: doc });
    expect(out).toEqual({ created: 3, refs: ['C33-2026-0001', 'WH-2025-0001', 'WH-2026-0001'] });
    expect(await total(app)).toBe(3);

    // Searchable by a person's name, an address and the reference, like any case.
    expect((await app.must('case:list', { query: 'Whitcombe' })).rows.map((r) => r.ref)).toEqual(['C33-2026-0001']);
    expect((await app.must('case:list', { query: 'Rosary Court' })).rows.map((r) => r.ref)).toEqual(['WH-2025-0001']);
    expect((await app.must('case:list', { query: 'Nowak' })).rows.map((r) => r.ref)).toEqual(['WH-2026-0001']);

    const hate = await app.must('case:getByRef', { ref: 'C33-2026-0001' });
    expect(hate.header).toMatchObject({ category: 'hate-incident', hateIncident: true, status: 'open', location: { postcode: 'N1 1AA', estate: 'Elm' } });
    expect(hate.parties.map((p) => [p.role, p.name, p.tenure])).toEqual([
      ['complainant', 'Amira Haddad', 'assured'],
      ['alleged-perpetrator', 'Darren Whitcombe', 'secure'],
    ]);
    const incident = hate.chronology.find((c) => c.kind === 'incident')!;
    expect(incident.partyId).toBe(hate.parties[0]!.id); // reportedBy "a" mapped to the complainant
    expect(hate.consents).toEqual([expect.objectContaining({ partyId: hate.parties[0]!.id, recipient: 'court', writtenOn: '2026-10-20', withdrawnOn: null })]);

    const asb = await app.must('case:getByRef', { ref: 'WH-2025-0001' });
    expect(asb.header.status).toBe('closed');
    const contact = asb.chronology.find((c) => c.kind === 'contact')!;
    expect(contact).toMatchObject({ at: '2025-03-05T10:00:00.000Z', partyId: asb.parties[0]!.id, by: ADMIN.displayName });
    expect(asb.chronology.filter((c) => c.kind === 'note').map((n) => n.detail)).toEqual([
      'Noise app recordings promised.',
      'Imported from the previous register, where its reference was ASB/2025/117.',
    ]);

    const withdrawn = await app.must('case:getByRef', { ref: 'WH-2026-0001' });
    expect(withdrawn.consents[0]).toMatchObject({ recipient: 'police', withdrawnOn: '2026-03-01' });

    expect(lastImportEvent(app)).toEqual({ outcome: 'ok', target: 'import', detail: { casesInFile: 3, created: 3, first: 'C33-2026-0001', last: 'WH-2026-0001' } });
  });

  it('numbers cases in the order they were received, and returns references in the file’s order', async () => {
    const app = await makeWorkspace(temp());
    const at = (receivedAt: string) => hateCase({ receivedAt, incidents: [{ occurredAt: '2026-01-01T10:00:00Z', description: 'Abuse in the lift.' }] });
    const out = await app.must('import:run', { document: file(at('2026-09-01T10:00:00Z'), at('2026-02-01T10:00:00Z'), at('2026-05-01T10:00:00Z')) });
    expect(out.refs).toEqual(['C33-2026-0003', 'C33-2026-0001', 'C33-2026-0002']);
    // An intake afterwards carries on from the imported numbers.
    expect((await app.must('case:create', raceHateIntake())).ref).toBe('C33-2026-0004');
  });

  const bad: [string, ImportCaseJson, string][] = [
    [
      'a wrong role',
      hateCase({ parties: [{ key: 'a', role: 'complainant', name: 'Amira Haddad' }, { key: 'b', role: 'perpetrator', name: 'Darren Whitcombe' }] }),
      'Case 2, parties[1].role: Choose the person’s role in the case.',
    ],
    ['a missing description', hateCase({ incidents: [{ occurredAt: '2026-10-17T21:00:00Z', reportedBy: 'a' }] }), 'Case 2, incidents[0].description: This field is required.'],
    ['an empty description', hateCase({ incidents: [{ occurredAt: '2026-10-17T21:00:00Z', description: '  ' }] }), 'Case 2, incidents[0].description: Enter what happened.'],
    [
      'a future incident date',
      hateCase({ incidents: [{ occurredAt: '2026-12-17T21:00:00Z', description: 'Abuse.' }] }),
      'Case 2, incidents[0].occurredAt: The incident is in the future. Check the date and time.',
    ],
    ['a future report date', hateCase({ receivedAt: '2026-12-18T16:30:00Z' }), 'Case 2, receivedAt: The date the report was received is in the future. Check the date and time.'],
    [
      'an incident reported by an unknown party key',
      hateCase({ incidents: [{ occurredAt: '2026-10-17T21:00:00Z', description: 'Abuse.', reportedBy: 'z' }] }),
      'Case 2, incidents[0].reportedBy: No one in this case’s "parties" has the key "z".',
    ],
    ['a consent for an unknown party', hateCase({ consents: [{ party: 'q', recipient: 'court', writtenOn: '2026-10-20' }] }), 'Case 2, consents[0].party: No one in this case’s "parties" has the key "q".'],
    [
      'a consent from the alleged perpetrator',
      hateCase({ consents: [{ party: 'b', recipient: 'court', writtenOn: '2026-10-20' }] }),
      'Case 2, consents[0].party: Consent to share identity is recorded for complainants, victims and witnesses; Darren Whitcombe is not one.',
    ],
    ['a consent dated in the future', hateCase({ consents: [{ party: 'a', recipient: 'court', writtenOn: '2026-12-20' }] }), 'Case 2, consents[0].writtenOn: The consent’s date is in the future.'],
    ['a date of birth in the future', hateCase({ parties: [{ key: 'a', role: 'complainant', name: 'Baby Haddad', dateOfBirth: '2027-01-01' }] }), 'Case 2, parties[0].dateOfBirth: The date of birth of Baby Haddad is in the future.'],
    ['two people with one key', hateCase({ parties: [{ key: 'a', role: 'complainant', name: 'A' }, { key: 'a', role: 'witness', name: 'B' }] }), 'Case 2, parties[1].key: Two people share the key "a"; each needs its own.'],
    ['a misspelt field', hateCase({ catgeory: 'asb' }), 'Case 2, catgeory: This field is not part of the import format: check its spelling against docs/import-format.md.'],
    [
      'a misspelt field of a person',
      hateCase({ parties: [{ key: 'a', role: 'complainant', name: 'Amira Haddad', dateOfBrith: '1980-02-01' }] }),
      'Case 2, parties[0].dateOfBrith: This field is not part of the import format: check its spelling against docs/import-format.md.',
    ],
    ['a person with no name who is not anonymous', hateCase({ parties: [{ key: 'a', role: 'complainant' }] }), 'Case 2, parties[0].name: Enter the person’s name, or mark them as anonymous.'],
    ['an unknown category', hateCase({ category: 'noise' }), 'Case 2, category: Use one of: harassment, hate-incident, asb, domestic-abuse.'],
    ['an unknown partner', hateCase({ partner: 'ZZZ' }), 'Case 2, partner: There is no active partner with the code ZZZ.'],
    ['a closed case without its closing date', asbCase({ status: 'closed' }), 'Case 2, closedAt: Give the date and time a closed case was closed.'],
    ['a closing date before the report', asbCase({ status: 'closed', closedAt: '2025-01-01T00:00:00Z' }), 'Case 2, closedAt: A case cannot close before its report was received.'],
    ['an owner who does not exist', asbCase({ ownerUsername: 'nobody' }), 'Case 2, ownerUsername: There is no current user called nobody.'],
    ['a contact with an unknown person', asbCase({ contacts: [{ at: '2025-03-05T10:00:00Z', kind: 'call', party: 'q', summary: 'Call.' }] }), 'Case 2, contacts[0].party: No one in this case’s "parties" has the key "q".'],
    ['no incidents', asbCase({ incidents: [] }), 'Case 2, incidents: Record at least one incident: what happened and when.'],
  ];

  it.each(bad)('refuses the whole file for %s, naming the case, field and reason, and writes nothing', async (_what, badCase, problem) => {
    const app = await makeWorkspace(temp());
    await app.must('case:create', raceHateIntake());
    const before = await total(app);
    const r = await app.call('import:run', { document: file(asbCase(), badCase, hateCase()) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('bad-input');
    expect(r.error.message).toBe(`${problem} Nothing was imported.`);
    expect(await total(app)).toBe(before);
    // Not even a case number was used up.
    expect((await app.must('case:create', raceHateIntake())).ref).toBe('C33-2026-0002');
    expect(lastImportEvent(app)).toEqual({ outcome: 'failed', target: 'import', detail: { casesInFile: 3, code: 'bad-input' } });
  });

  it('names a problem in every case it finds, five at most, with a count of the rest', async () => {
    const app = await makeWorkspace(temp());
    const wrong = (i: number) => hateCase({ receivedAt: `2027-01-0${i}T10:00:00Z` });
    const r = await app.call('import:run', { document: file(hateCase(), wrong(1), wrong(2), wrong(3), wrong(4), wrong(5), wrong(6), wrong(7)) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/^Case 2, receivedAt: .*Case 6, receivedAt: [^]*\(2 more problems not shown\.\) Nothing was imported\.$/);
    expect(r.error.message).not.toMatch(/Case 7/);
    expect(await total(app)).toBe(0);
  });

  it.each([
    ['not an object', [1, 2], 'The file must hold a JSON object with a "cases" list (see docs/import-format.md). Nothing was imported.'],
    ['no cases list', { register: [] }, 'cases: This field is required. register: This field is not part of the import format: check its spelling against docs/import-format.md. Nothing was imported.'],
    ['an empty cases list', { cases: [] }, 'cases: The file has no cases to import. Nothing was imported.'],
    ['a case that is not an object', { cases: ['C33-2026-0001'] }, 'Case 1: Expected an object { … }. Nothing was imported.'],
    ['a wrong version', { version: 2, cases: [hateCase()] }, 'version: Use 1. Nothing was imported.'],
  ])('refuses a file that is %s', async (_what, document, message) => {
    const app = await makeWorkspace(temp());
    const r = await app.call('import:run', { document });
    expect(r.ok ? null : r.error.message).toBe(message);
  });

  it('is for administrators only', async () => {
    const app = await makeWorkspace(temp());
    await addUser(app, { username: 'olly', displayName: 'Olly Officer', role: 'officer', passphrase: 'pale river stone' });
    await addUser(app, { username: 'mona', displayName: 'Mona Manager', role: 'manager', passphrase: 'tall green ladder' });
    for (const who of [
      { username: 'olly', passphrase: 'pale river stone' },
      { username: 'mona', passphrase: 'tall green ladder' },
    ]) {
      await app.must('session:signOut', {});
      await app.must('session:signIn', who);
      const r = await app.call('import:run', { document: file(hateCase()) });
      expect(r.ok ? null : r.error.code).toBe('forbidden');
    }
    expect(await total(app)).toBe(0);
  });

  it('only imports into partners the administrator works for', async () => {
    const app = await makeWorkspace(temp());
    const me = await app.must('session:whoami', {});
    await app.must('users:setPartners', { userId: me.user.id, partners: ['C33'] });
    const r = await app.call('import:run', { document: file(hateCase(), asbCase()) });
    expect(r.ok ? null : r.error.message).toBe('Case 2, partner: You do not work for partner WH, so you cannot import its cases. Nothing was imported.');
  });

  it('sets the owner from a user name, who must work for the partner', async () => {
    const app = await makeWorkspace(temp());
    const olly = await addUser(app, { username: 'olly', displayName: 'Olly Officer', role: 'officer', passphrase: 'pale river stone', partners: ['WH'] });
    const out = await app.must('import:run', { document: file(asbCase({ ownerUsername: 'olly', contacts: [{ at: '2025-03-05T10:00:00Z', kind: 'visit', summary: 'Visited.' }] })) });
    const view = await app.must('case:getByRef', { ref: out.refs[0]! });
    expect(view.header.owner).toEqual({ id: olly.id, name: 'Olly Officer' });
    expect(view.chronology.find((c) => c.kind === 'contact')!.by).toBe('Olly Officer');
    const r = await app.call('import:run', { document: file(hateCase({ ownerUsername: 'olly' })) });
    expect(r.ok ? null : r.error.message).toBe('Case 1, ownerUsername: olly does not work for partner C33, so could not see the case. Nothing was imported.');
  });
});
