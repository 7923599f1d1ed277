import { useEffect, useState } from 'react';

export type LettersRoute = { page: 'home' } | { page: 'case'; caseId: number } | { page: 'templates' };

/** #/letters, #/letters/123 (a case's documents), #/letters/templates (partners' versions, admins). */
function read(): LettersRoute {
  const hash = window.location.hash;
  const id = /^#\/letters\/(\d{1,12})$/.exec(hash)?.[1];
  if (id) return { page: 'case', caseId: Number(id) };
  if (hash === '#/letters/templates') return { page: 'templates' };
  return { page: 'home' };
}

export function useLettersRoute(): LettersRoute {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const lettersHref = (caseId: number) => `#/letters/${caseId}`;
export const LETTERS_HREF = '#/letters';
export const TEMPLATES_HREF = '#/letters/templates';
