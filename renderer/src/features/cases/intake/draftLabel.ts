import { labelOf, PARTY_ROLES } from '../../../../../shared/domain/vocabulary';
import type { PersonDraft } from '../people/personDraft';

/** "Person 2: Jane Smith (witness)" while the report is being typed. */
export function draftLabel(p: PersonDraft, index: number): string {
  const name = p.anonymous ? 'Anonymous' : p.name.trim();
  const role = p.role ? labelOf(PARTY_ROLES, p.role).toLowerCase() : '';
  if (!name) return role ? `Person ${index + 1} (${role})` : `Person ${index + 1}`;
  return role ? `${name} (${role})` : name;
}
