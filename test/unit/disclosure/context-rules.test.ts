import { describe, expect, it } from 'vitest';
import { assess, type Reader, type RuleId } from '../../../shared/disclosure/context-rules';
import { homeOf } from '../../../shared/disclosure/homes';
import { identifiersOf, type ProtectedPerson } from '../../../shared/disclosure/identifiers';
import { describeDisclosures, findDisclosures, type GuardRecipient } from '../../../shared/documents/disclosure';

/**
 * The guard's context rules as a table of real-looking sentences (issue 16): the leaks the old guard let
 * through or over-blocked, each with the words caught, whose identity and the rule; the sentences that
 * must pass, with the reason they pass where a detail matched.
 */

const person = (p: Partial<ProtectedPerson> & Pick<ProtectedPerson, 'id' | 'name' | 'role'>): ProtectedPerson => ({ anonymous: false, address: '', postcode: '', phone: '', email: '', identifyingDetails: [], ...p });

// Marlowe Court: the respondent at Flat 2, the complainant at Flat 4, a witness at Flat 6, all N1 1AA.
const george = person({ id: 1, name: 'George Pike', role: 'witness', address: 'Flat 6, Marlowe Court, London', postcode: 'N1 1AA', phone: '07700 900456', email: 'gpike@example.org', identifyingDetails: ['AB12 CDE', 'works at the Holloway Road pharmacy'], relatives: ['Tom Pike'] });
const rose = person({ id: 2, name: 'Rose Green', role: 'complainant', address: 'Flat 4, Marlowe Court', postcode: 'N1 1AA' });
const sian = person({ id: 3, name: 'Siân Llywelyn', role: 'witness', address: '12 Elm Road', postcode: 'N7 9ZZ', otherNames: ['Sian Llewellyn'] });
const mohammed = person({ id: 4, name: 'Mohammed Al-Sayed', role: 'witness', otherNames: ['Muhammad Alsayed', 'محمد السيد'] });
const initials = person({ id: 5, name: 'J. K.', role: 'witness' });
// A victim recorded with no address at all, whose first name is also a month.
const may = person({ id: 6, name: 'May Brown', role: 'victim' });
const PEOPLE = [george, rose, sian, mohammed, initials, may];

const households = [george, rose, sian].map((p) => homeOf(p.address, p.postcode)!);
const readerAt = (name: string, address: string, postcode: string): Reader => {
  const home = homeOf(address, postcode);
  return { description: name, home, own: identifiersOf({ name, anonymous: false, address, postcode, phone: '', email: '', identifyingDetails: [] }), households: [...households, home!] };
};
/** The respondent, in the same block as the complainant and the witness. */
const darren = readerAt('Darren Whitcombe', 'Flat 2, Marlowe Court', 'N1 1AA');
/** Someone accused who lives elsewhere. */
const kyle = readerAt('Kyle Dunn', '30 Station Road', 'N7 0AA');
/** An agency: where it is does not matter, nothing is its own. */
const agency: Reader = { description: 'the mediation service', home: null, own: [], households };

interface Row {
  text: string;
  reader: Reader;
  /** A leak: who, the words, the rule (and a piece of the reason). */
  leak?: { who: ProtectedPerson; words: string; rule: RuleId; because: RegExp };
  /** Not a leak; where a detail matched, the rule that let it pass and its reason. */
  allowed?: { rule: RuleId; because: RegExp } | 'nothing matched';
}

const TABLE: Row[] = [
  // Leaks: the issue's own sentences first.
  { text: 'Witness A from Flat 6 heard it and came out of his flat.', reader: darren, leak: { who: george, words: 'Flat 6', rule: 'unit-same-block', because: /same block or street \(Marlowe Court\)/ } },
  { text: 'Your neighbour from Flat 6 saw you.', reader: darren, leak: { who: george, words: 'Flat 6', rule: 'unit-same-block', because: /points to one household/ } },
  { text: 'You shouted at the woman who lives at Flat 4.', reader: darren, leak: { who: rose, words: 'Flat 4', rule: 'unit-same-block', because: /number of their home/ } },
  { text: 'Her neighbour Witness A at number 12 heard it.', reader: kyle, leak: { who: sian, words: 'number 12', rule: 'unit', because: /takes anyone who knows the place to their door/ } },
  { text: 'The man in flat six complained about the music.', reader: darren, leak: { who: george, words: 'flat six', rule: 'unit-same-block', because: /same block/ } },
  { text: 'He said Flat 6 at Marlowe Court had its door kicked.', reader: kyle, leak: { who: george, words: 'Flat 6', rule: 'unit-block-named', because: /document names their block or street \(Marlowe Court\)/ } },
  { text: 'The people in the flat above heard the shouting.', reader: darren, leak: { who: george, words: 'the flat above', rule: 'nearby-same-block', because: /from their home it points to one household/ } },
  { text: 'Mr Pike told us what he saw.', reader: darren, leak: { who: george, words: 'Mr Pike', rule: 'surname', because: /surname/ } },
  { text: 'We have spoken to George about the noise.', reader: darren, leak: { who: george, words: 'George', rule: 'first-name', because: /first name, written as a name/ } },
  { text: 'Please do not ring 07700900456 again.', reader: darren, leak: { who: george, words: '07700900456', rule: 'phone', because: /phone number/ } },
  { text: 'A grey car, AB 12 CDE, was parked across the bays.', reader: darren, leak: { who: george, words: 'AB 12 CDE', rule: 'vehicle', because: /registration/ } },
  { text: 'His son Tom\nPike was on the stairs.', reader: darren, leak: { who: george, words: 'Tom\nPike', rule: 'relative', because: /relative/ } },
  { text: 'Sian Llywelyn saw it from the window.', reader: kyle, leak: { who: sian, words: 'Sian Llywelyn', rule: 'name', because: /their name/ } },
  { text: 'Ms Sian Llewellyn gave a statement.', reader: kyle, leak: { who: sian, words: 'Ms Sian Llewellyn', rule: 'other-name', because: /otherwise spelt/ } },
  { text: 'Our notes say محمد السيد was present.', reader: agency, leak: { who: mohammed, words: 'محمد السيد', rule: 'other-name', because: /otherwise spelt/ } },
  { text: 'We have spoken to J. K. about this.', reader: darren, leak: { who: initials, words: 'J. K.', rule: 'initials', because: /initials/ } },
  { text: 'Your neighbour May saw you.', reader: darren, leak: { who: may, words: 'May', rule: 'first-name', because: /first name/ } },
  { text: 'Mrs Green has complained twice.', reader: darren, leak: { who: rose, words: 'Mrs Green', rule: 'surname', because: /surname/ } },
  { text: 'On Tuesday Rose saw you on the landing.', reader: darren, leak: { who: rose, words: 'Rose', rule: 'first-name', because: /capitalised inside a sentence/ } },
  // A common-word name opening a sentence counts when a verb only a person does follows it.
  { text: 'May saw you kick the door.', reader: darren, leak: { who: may, words: 'May', rule: 'first-name', because: /opening a sentence before a verb such as “saw”/ } },
  { text: 'You were asked to stop. May heard it all through the wall.', reader: darren, leak: { who: may, words: 'May', rule: 'first-name', because: /first name/ } },
  { text: 'Rose told us you shouted.', reader: darren, leak: { who: rose, words: 'Rose', rule: 'first-name', because: /first name/ } },
  { text: 'The incident log:\nMay lives with her son and was frightened.', reader: darren, leak: { who: may, words: 'May', rule: 'first-name', because: /first name/ } },
  { text: 'It happened outside 12 Elm Road, London.', reader: kyle, leak: { who: sian, words: '12 Elm Road', rule: 'address', because: /their address/ } },
  { text: 'You were seen at Flat 6, Marlowe Court.', reader: kyle, leak: { who: george, words: 'Flat 6, Marlowe Court', rule: 'address', because: /their address/ } },
  { text: 'Write to N7 9ZZ for the key.', reader: kyle, leak: { who: sian, words: 'N7 9ZZ', rule: 'postcode-theirs-alone', because: /no one else on the case shares/ } },
  { text: 'He works at the Holloway Road pharmacy, we understand.', reader: agency, leak: { who: george, words: 'works at the Holloway Road pharmacy', rule: 'detail', because: /officer recorded/ } },

  // Not leaks: what the old guard over-blocked, and ordinary words that are also names.
  { text: 'Darren Whitcombe, Flat 2, Marlowe Court, London N1 1AA', reader: darren, allowed: { rule: 'postcode-readers-own', because: /recipient’s own too/ } },
  { text: 'The ASB team covers every home in N1 1AA.', reader: kyle, allowed: { rule: 'postcode-shared', because: /several households on the case share this postcode/ } },
  { text: 'A residents’ meeting is held at Marlowe Court on Monday.', reader: darren, allowed: { rule: 'street-alone', because: /shared by many households/ } },
  { text: 'The car park on Elm Road is closed.', reader: kyle, allowed: { rule: 'street-alone', because: /street or block named on its own/ } },
  { text: 'The noise came from the flat above.', reader: kyle, allowed: { rule: 'nearby-elsewhere', because: /does not live in their block or street/ } },
  { text: 'May we remind you of your tenancy conditions.', reader: darren, allowed: 'nothing matched' },
  { text: 'We wrote to you in May about the noise, and again on 3 May.', reader: darren, allowed: 'nothing matched' },
  { text: 'May I remind you that the landing must be kept clear.', reader: darren, allowed: 'nothing matched' },
  { text: 'Green bins are emptied on Mondays. Rose bushes were planted by the council.', reader: darren, allowed: 'nothing matched' },
  { text: 'May is when the estate’s gardens are replanted.', reader: darren, allowed: 'nothing matched' },
  { text: 'Green spaces on the estate must be kept clear.', reader: darren, allowed: 'nothing matched' },
  { text: 'The roses by the brown door were pulled up.', reader: darren, allowed: 'nothing matched' },
  { text: 'Please see your GP if you need support.', reader: darren, allowed: 'nothing matched' },
  { text: 'The office number is 020 7946 0000.', reader: darren, allowed: 'nothing matched' },
  { text: 'Your own flat, Flat 2, must be kept free of rubbish.', reader: darren, allowed: 'nothing matched' },
];

describe('the context rules, sentence by sentence', () => {
  it('has more than 20 real-looking sentences, leaks and not', () => {
    expect(TABLE.filter((r) => r.leak).length).toBeGreaterThanOrEqual(20);
    expect(TABLE.filter((r) => !r.leak).length).toBeGreaterThanOrEqual(10);
  });

  for (const row of TABLE) {
    const label = `${row.leak ? 'refuses' : 'allows'}: “${row.text.replace(/\n/g, '⏎')}” to ${row.reader.description}`;
    it(label, () => {
      const subjects = PEOPLE.map((p) => ({ person: p, label: p.name }));
      const { findings, allowed } = assess([{ place: 'paragraph 1', text: row.text }], subjects, row.reader);
      if (row.leak) {
        const f = findings.find((x) => x.partyId === row.leak!.who.id);
        expect(f, JSON.stringify(findings)).toBeDefined();
        expect(f).toMatchObject({ words: row.leak.words, rule: row.leak.rule, person: row.leak.who.name });
        expect(f!.reason).toMatch(row.leak.because);
      } else {
        expect(findings, JSON.stringify(findings)).toEqual([]);
        if (row.allowed === 'nothing matched') expect(allowed).toEqual([]);
        else {
          expect(allowed.map((a) => a.rule)).toContain(row.allowed!.rule);
          expect(allowed.find((a) => a.rule === (row.allowed as { rule: RuleId }).rule)!.reason).toMatch(row.allowed!.because);
        }
      }
    });
  }
});

describe('the refusal an officer reads', () => {
  const recipient: GuardRecipient = { partyId: 9, role: 'alleged-perpetrator', category: 'alleged-perpetrator', description: 'Darren Whitcombe', own: darren.own, home: darren.home };

  it('says which words, whose identity and why, and what to write instead', () => {
    const found = findDisclosures([{ place: 'paragraph 2', text: 'Your neighbour from Flat 6 saw you.' }], [george], [], recipient, '2026-11-21', households);
    const text = describeDisclosures(found, recipient);
    expect(text).toContain('It would give the flat or house number of George Pike (witness), “Flat 6”, in paragraph 2');
    expect(text).toContain('It identifies them because it is the number of their home, and the recipient lives in the same block or street (Marlowe Court), so it points to one household.');
    expect(text).toContain('(for example “[address withheld]”)');
    expect(found[0]).toMatchObject({ suggestion: '[address withheld]', index: 20, length: 6 });
  });

  it('does not refuse a warning letter to the respondent for the postcode everyone in the block shares', () => {
    const letter = [
      { place: 'the address block', text: 'Darren Whitcombe\nFlat 2, Marlowe Court\nLondon\nN1 1AA' },
      { place: 'paragraph 1', text: 'We have received reports of noise and abuse at Marlowe Court.' },
    ];
    expect(findDisclosures(letter, [george, rose], [], recipient, '2026-11-21', households)).toEqual([]);
  });

  it('a protected person with no address is still found by name, and nothing of an address is looked for', () => {
    expect(identifiersOf(may).map((i) => i.kind)).toEqual(['name', 'surname', 'first-name']);
    expect(findDisclosures([{ place: 'p', text: 'May Brown called us.' }], [may], [], recipient, '2026-11-21').map((f) => f.kind)).toEqual(['name']);
  });
});
