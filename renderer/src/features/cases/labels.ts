import { labelOf } from '../../../../shared/domain/vocabulary';
import type { PartyView } from '../../../../shared/schemas/cases';

/** Options for a SelectField from one of the case vocabularies, with an optional first "choose" line. */
export function optionsOf(items: readonly { code: string; label: string }[], first?: string): { value: string; label: string }[] {
  const options = items.map((i) => ({ value: i.code, label: i.label }));
  return first === undefined ? options : [{ value: '', label: first }, ...options];
}

/** Short flag labels for tight places (the case list, tags). */
export const FLAG_SHORT: Record<string, string> = {
  'violence-or-threat': 'Violence',
  'fear-of-violence': 'Fear of violence',
  'discriminatory-graffiti': 'Graffiti',
  'emergency-repair': 'Emergency repair',
};

/** How a person is named on case screens: never a blank, and anonymity said plainly. */
export function personName(p: Pick<PartyView, 'name' | 'anonymous'>): string {
  return p.anonymous || !p.name ? 'Anonymous' : p.name;
}

/** "Jane Smith (complainant)". */
export function personWithRole(p: Pick<PartyView, 'name' | 'anonymous' | 'role'>, roles: readonly { code: string; label: string }[]): string {
  return `${personName(p)} (${labelOf(roles, p.role).toLowerCase()})`;
}

export const caseHref = (id: number) => `#/cases/${id}`;
export const CASES_HREF = '#/cases';
export const REPORT_HREF = '#/report';
