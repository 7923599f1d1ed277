import { idIn, subPathOf } from '../../hooks/useHashRoute';

export type LettersRoute = { page: 'home' } | { page: 'case'; caseId: number } | { page: 'templates' };

/** #/letters, #/letters/123 (a case's documents), #/letters/templates (partners' versions, admins). */
export function lettersRouteOf(path: string): LettersRoute {
  const caseId = idIn(path, 'letters');
  if (caseId !== null) return { page: 'case', caseId };
  if (subPathOf(path, 'letters') === 'templates') return { page: 'templates' };
  return { page: 'home' };
}

export const lettersHref = (caseId: number) => `#/letters/${caseId}`;
export const LETTERS_HREF = '#/letters';
export const TEMPLATES_HREF = '#/letters/templates';
