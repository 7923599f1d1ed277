import type { ChannelInput } from '../../shared/ipc/contract';

/**
 * One incident of harassment some days ago (so legal action is flagged, P3.4): a complainant, and an adult
 * tenant next door who did it. The officer-facing specs start from it through browser mode's HTTP API.
 */
export function harassmentCase(daysAgo: number): ChannelInput<'case:create'> {
  const receivedAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  return {
    partner: 'C33',
    receivedAt,
    method: 'phone',
    category: 'harassment',
    summary: 'Threats and abuse from a neighbour on the landing of Elm Court',
    location: { address: '14 Elm Court', estate: 'Elm Estate', postcode: 'IP1 2AB' },
    parties: [
      { key: 'c', role: 'complainant', name: 'Amina Hassan', tenure: 'assured' },
      { key: 'p', role: 'alleged-perpetrator', name: 'Darren Whitlock', dateOfBirth: '1984-03-05', tenure: 'assured', address: '16 Elm Court' },
    ],
    incidents: [{ occurredAt: receivedAt, description: 'Mr Whitlock shouted threats at Mrs Hassan on the landing and kicked her front door.', reportedByKey: 'c' }],
  };
}
