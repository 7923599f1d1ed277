/**
 * A case from an old register, closed in 2019 (six years past), in the import's shape: how a partner moving to
 * Hearth brings its history, and what the retention and information-governance tests start from.
 */
export interface OldParty {
  key: string;
  role: string;
  name: string;
  tenure?: string;
}

export function oldCase(n: number, parties: OldParty[], description: string) {
  return {
    partner: 'C33',
    sourceRef: `ASB/2019/00${n}`,
    receivedAt: `2019-01-1${n}T09:00:00Z`,
    method: 'letter',
    category: 'asb',
    location: { address: `${n} Rosary Court`, postcode: 'N1 4AB', estate: 'Rosary' },
    status: 'closed',
    closedAt: `2019-03-0${n}T15:00:00Z`,
    parties,
    incidents: [{ occurredAt: `2019-01-0${n}T23:30:00Z`, description, acts: ['nuisance'], reportedBy: 'c' }],
  };
}

/** The simplest old case: one complainant, who reported loud music. */
export function oldNoiseCase(n: number, name: string) {
  return oldCase(n, [{ key: 'c', role: 'complainant', name, tenure: 'secure' }], `Loud music until 3am, reported by ${name}.`);
}
