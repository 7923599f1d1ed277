/**
 * Import files for the tests, in the documented format (docs/import-format.md). Dates are before
 * "today" in the tests (21/11/2026): the future-date rules apply to imports too.
 */
export type ImportCaseJson = Record<string, unknown>;

export function hateCase(overrides: ImportCaseJson = {}): ImportCaseJson {
  return {
    partner: 'C33',
    receivedAt: '2026-10-18T16:30:00Z',
    method: 'phone',
    category: 'hate-incident',
    location: { address: '4 Elm Road', postcode: 'N1 1AA', estate: 'Elm' },
    flags: ['violence-or-threat', 'fear-of-violence'],
    motivation: ['race'],
    parties: [
      { key: 'a', role: 'complainant', name: 'Amira Haddad', dateOfBirth: '1980-02-01', tenure: 'assured', address: '4 Elm Road', phone: '07700 900123' },
      { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure' },
    ],
    incidents: [{ occurredAt: '2026-10-17T21:00:00Z', description: 'Shouted racist abuse from the landing.', acts: ['verbal-abuse'], reportedBy: 'a' }],
    consents: [{ party: 'a', recipient: 'court', writtenOn: '2026-10-20' }],
    ...overrides,
  };
}

export function asbCase(overrides: ImportCaseJson = {}): ImportCaseJson {
  return {
    partner: 'WH',
    receivedAt: '2025-03-04T09:00:00Z',
    method: 'letter',
    category: 'asb',
    location: { address: 'Flat 3, Rosary Court', postcode: 'NR1 4AB' },
    parties: [{ key: 'c', role: 'complainant', name: 'Joan Quenby', tenure: 'secure' }],
    incidents: [{ occurredAt: '2025-03-01T23:30:00Z', description: 'Loud music from the flat above until 3am.', acts: ['nuisance'], reportedBy: 'c' }],
    ...overrides,
  };
}

export const file = (...cases: ImportCaseJson[]) => ({ version: 1, cases });
