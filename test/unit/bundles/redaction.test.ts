import { describe, expect, it } from 'vitest';
import { buildRedaction } from '../../../main/bundles/redaction';
import type { ConsentView, PartyView } from '../../../shared/schemas/cases';
import { partyView } from '../../helpers/party-view';

const party = ({ id = 1, ...over }: Partial<PartyView>): PartyView => partyView(id, { role: 'complainant', ...over });

const people = [
  party({ id: 1, role: 'complainant', name: 'Amira Haddad', address: '4 Elm Road', postcode: 'N1 1AA', phone: '07700 900123', email: 'amira@example.org', identifyingDetails: ['red Nissan Micra'] }),
  party({ id: 2, role: 'witness', name: 'Will Pike' }),
  party({ id: 3, role: 'alleged-perpetrator', name: 'Darren Whitcombe', address: '2 Elm Road' }),
];

describe('redaction for the court (P3.13–3.14)', () => {
  it('replaces every identifying detail of people with no consent for the court, and leaves the respondent named', () => {
    const r = buildRedaction(people, [], '2026-11-21');
    expect(r.applies).toBe(true);
    expect(r.people.map((p) => [p.label, p.named])).toEqual([
      ['the Complainant', false],
      ['Witness A', false],
    ]);
    const text = 'Amira Haddad (4 Elm Road, N11AA, 07700900123, amira@example.org) said Mrs Haddad saw Will Pike drive a red Nissan Micra. Amira will call. Darren Whitcombe of 2 Elm Road denies it.';
    // Each kind of detail says what was taken out (issue 16: in words a judge understands).
    expect(r.text(text)).toBe(
      'The Complainant ([address withheld], [withheld], [phone number withheld], [e-mail address withheld]) said the Complainant saw Witness A drive a [withheld]. The Complainant will call. Darren Whitcombe of 2 Elm Road denies it.',
    );
    expect(r.nameOf(1)).toBe('the Complainant');
    expect(r.nameOf(3)).toBe('Darren Whitcombe');
    expect(r.terms).toEqual(expect.arrayContaining(['Amira Haddad', 'Haddad', 'Amira', 'Will Pike', 'Pike', '4 Elm Road']));
  });

  it('names a person whose written consent covers the court, until it is withdrawn', () => {
    const consent: ConsentView = { id: 1, partyId: 1, recipient: 'court', recipientName: '', purpose: '', writtenOn: '2026-11-01', source: 'form', evidenceId: null, withdrawnOn: null };
    const named = buildRedaction(people, [consent], '2026-11-21');
    expect(named.people[0]).toMatchObject({ label: 'the Complainant', named: true });
    expect(named.text('Amira Haddad called')).toBe('Amira Haddad called');
    expect(named.nameOf(1)).toBe('Amira Haddad');
    const withdrawn = buildRedaction(people, [{ ...consent, withdrawnOn: '2026-11-20' }], '2026-11-21');
    expect(withdrawn.text('Amira Haddad called')).toBe('The Complainant called');
    const police = buildRedaction(people, [{ ...consent, recipient: 'police' }], '2026-11-21');
    expect(police.people[0]!.named).toBe(false);
  });

  it('takes out a flat number in the Defendant’s block, keeps the postcode the Defendant shares in his own address (issue 16)', () => {
    const block = [
      party({ id: 1, role: 'witness', name: 'George Pike', address: 'Flat 6, Marlowe Court', postcode: 'N1 1AA', phone: '07700 900456' }),
      party({ id: 2, role: 'alleged-perpetrator', name: 'Darren Whitcombe', address: 'Flat 2, Marlowe Court', postcode: 'N1 1AA' }),
    ];
    const r = buildRedaction(block, [], '2026-11-21', block[1]!);
    expect(r.text('George Pike from Flat 6 heard it. Darren Whitcombe lives at Flat 2, Marlowe Court, N1 1AA. Her neighbour at number six came out of the flat above.')).toBe(
      'Witness A from [address withheld] heard it. Darren Whitcombe lives at Flat 2, Marlowe Court, N1 1AA. Her neighbour at [address withheld] came out of [address withheld].',
    );
    expect(r.people[0]!.withheldDetails).toEqual(['name', 'address', 'flat or house number', 'phone number']);
    expect(r.terms).toEqual(expect.arrayContaining(['George Pike', 'Flat 6', 'number 6', 'No. 6', 'Flat six', '07700900456']));
    expect(r.terms).not.toContain('N1 1AA');
    const [finding] = r.findings('Mr Pike saw it.');
    expect(finding).toMatchObject({ words: 'Mr Pike', person: 'Witness A', suggestion: 'Witness A', rule: 'surname' });
  });
});
