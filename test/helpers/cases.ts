import type { ChannelInput } from '../../shared/ipc/contract';

/** A realistic intake: a race hate incident with a complainant, a witness and an alleged perpetrator. */
export function raceHateIntake(overrides: Partial<ChannelInput<'case:create'>> = {}): ChannelInput<'case:create'> {
  return {
    partner: 'C33',
    receivedAt: '2026-11-20T16:30:00Z',
    method: 'phone',
    category: 'hate-incident',
    location: { address: '4 Elm Road', estate: 'Elm Estate', postcode: 'n1 1aa' },
    flags: ['violence-or-threat', 'fear-of-violence'],
    motivation: ['race'],
    perceivedAsHate: true,
    risk: { level: 'high', notes: 'Lives alone; threatened twice.' },
    parties: [
      { key: 'a', role: 'complainant', name: 'Amira Haddad', dateOfBirth: '1980-02-01', tenure: 'assured', address: '4 Elm Road', postcode: 'N1 1AA', phone: '07700 900123' },
      { key: 'w', role: 'witness', name: 'George Pike', address: '6 Elm Road' },
      { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure', address: '2 Elm Road' },
    ],
    incidents: [
      { occurredAt: '2026-11-19T21:00:00Z', description: 'Shouted racist abuse at the complainant from the landing and threatened to burn her door.', acts: ['verbal-abuse', 'threat-of-violence'], reportedByKey: 'a' },
    ],
    consents: [],
    ...overrides,
  };
}
