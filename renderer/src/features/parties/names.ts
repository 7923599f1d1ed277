import { labelOf, PARTY_ROLES } from '../../../../shared/domain/vocabulary';
import type { PartyView } from '../../../../shared/schemas/cases';

/** How a person is named on case screens: never a blank, and anonymity said plainly. */
export function personName(p: Pick<PartyView, 'name' | 'anonymous'>): string {
  return p.anonymous || !p.name ? 'Anonymous' : p.name;
}

/** "Jane Smith (complainant)". */
export function personWithRole(p: Pick<PartyView, 'name' | 'anonymous' | 'role'>, roles: readonly { code: string; label: string }[] = PARTY_ROLES): string {
  return `${personName(p)} (${labelOf(roles, p.role).toLowerCase()})`;
}
