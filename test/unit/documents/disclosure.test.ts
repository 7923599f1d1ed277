import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TITLES } from '../../../shared/disclosure/identifiers';
import { addressFirstLine, consentCovers, findDisclosures, findIdentifier, type GuardRecipient, identifiersOf, type ProtectedPerson } from '../../../shared/documents/disclosure';

const amira: ProtectedPerson = { id: 1, name: 'Amira Haddad', role: 'complainant', anonymous: false, address: '4 Elm Road, London', postcode: 'N1 1AA', phone: '07700 900123', email: 'amira@example.org', identifyingDetails: ['works at the Holloway Road pharmacy'] };
const perp: GuardRecipient = { partyId: 3, role: 'alleged-perpetrator', category: 'alleged-perpetrator', description: 'Darren Whitcombe', own: [] };
const piece = (text: string) => [{ place: 'paragraph 1', text }];

describe('the disclosure matcher', () => {
  it('finds each identifier: whole words, any case', () => {
    const hits = (text: string) => findDisclosures(piece(text), [amira], [], perp, '2026-11-21').map((d) => d.kind);
    expect(hits('AMIRA HADDAD called')).toEqual(['name']);
    expect(hits('Ms haddad called')).toEqual(['surname']);
    expect(hits('Haddadi called')).toEqual([]);
    expect(hits('outside 4 elm   road')).toEqual(['address']);
    expect(hits('in N11AA and n1 1aa')).toEqual(['postcode']);
    expect(hits('ring 0770 090 0123')).toEqual(['phone']);
    expect(hits('ring +44 (0)7700-900-123')).toEqual(['phone']);
    expect(hits('ring 07700 900124')).toEqual([]);
    expect(hits('ring +44 7700 900123')).toEqual(['phone']);
    expect(hits('mail Amira@Example.org')).toEqual(['email']);
    expect(hits('she works at the Holloway Road pharmacy')).toEqual(['detail']);
  });

  it('finds a name however the text is written: the quick pre-check never hides a match (property)', () => {
    // The full pattern, run with no pre-check, is the reference (a title before the name is taken with it).
    const reference = (text: string, words: string[]) => {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${TITLES.join('|')})\\.?\\s+)?${words.join('[\\s,]+')}(?![\\p{L}\\p{N}])`, 'giu');
      return [...text.replace(/[’‘`´]/g, "'").matchAll(re)].map((m) => m.index);
    };
    const letters = fc.constantFrom('a', 'm', 'i', 'r', 'h', 'd', 's', 'k', 'A', 'M', 'S', 'K', 'ſ', 'K', 'é', ' ', ',', '-', "'", '’');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }).map((a) => a.join('')), fc.constantFrom('Amira Haddad', 'Haddad', 'Mask', 'Sam Kidd'), (noise, name) => {
        const text = `${noise} ${noise.length % 2 ? name.toUpperCase() : name} ${noise}`;
        expect(findIdentifier(text, { kind: 'name', value: name }).map((h) => h.index)).toEqual(reference(text, name.split(' ')));
      }),
    );
    // The case-insensitive pattern matches ſ as s and the Kelvin sign as k: such a text is not pre-checked.
    expect(findIdentifier('Haddad and ſam Kidd', { kind: 'name', value: 'Sam Kidd' })).toHaveLength(1);
    expect(findIdentifier('Ma\u017F\u017F was there', { kind: 'name', value: 'Mass' })).toHaveLength(1);
  });

  it('knows the first line of an address, a flat included', () => {
    expect(addressFirstLine('Flat 3, 12 High Street, London')).toBe('Flat 3, 12 High Street');
    expect(addressFirstLine('4 Elm Road\nLondon')).toBe('4 Elm Road');
    expect(findIdentifier('at flat 3 12 high street', { kind: 'address', value: 'Flat 3, 12 High Street' })).toHaveLength(1);
  });

  it('does not count what the recipient shares (a surname, a household address)', () => {
    const sister: ProtectedPerson = { ...amira, id: 2, name: 'Leila Whitcombe', address: '2 Elm Road', phone: '', email: '', identifyingDetails: [] };
    const own = identifiersOf({ name: 'Darren Whitcombe', anonymous: false, address: '2 Elm Road', postcode: '', phone: '', email: '', identifyingDetails: [] });
    const found = findDisclosures(piece('Mr Whitcombe of 2 Elm Road; Leila Whitcombe saw it'), [sister], [], { ...perp, own }, '2026-11-21');
    expect(found.map((d) => d.kind)).toEqual(['name']);
  });

  it('lets a consent cover its recipient only while it stands', () => {
    const consent = { partyId: 1, recipient: 'alleged-perpetrator' as const, recipientName: '', writtenOn: '2026-11-20', withdrawnOn: null };
    expect(consentCovers(consent, 1, perp, '2026-11-21')).toBe(true);
    expect(consentCovers({ ...consent, recipient: 'police' }, 1, perp, '2026-11-21')).toBe(false);
    expect(consentCovers({ ...consent, withdrawnOn: '2026-11-21' }, 1, perp, '2026-11-21')).toBe(false);
    expect(consentCovers({ ...consent, writtenOn: '2026-11-22' }, 1, perp, '2026-11-21')).toBe(false);
    const other: GuardRecipient = { partyId: null, role: null, category: 'other', description: 'Elm Tenants Association', own: [] };
    expect(consentCovers({ ...consent, recipient: 'other', recipientName: 'Elm Tenants Association' }, 1, other, '2026-11-21')).toBe(true);
    expect(consentCovers({ ...consent, recipient: 'other', recipientName: 'The school' }, 1, other, '2026-11-21')).toBe(false);
    expect(findDisclosures(piece('Amira Haddad'), [amira], [consent], perp, '2026-11-21')).toEqual([]);
  });

  it('never stops a letter to the complainant naming them', () => {
    expect(findDisclosures(piece('Dear Amira Haddad'), [amira], [], { partyId: 1, role: 'complainant', category: 'other', description: 'Amira Haddad', own: [] }, '2026-11-21')).toEqual([]);
  });
});
