import { useEffect, useState } from 'react';

/**
 * Pages live in the address as #/<page>[/<more>], so Back and Forward work: #/cases is the case list,
 * #/cases/123 one case, #/letters/templates the partners' templates. One hook follows the address;
 * each page reads the rest of the path its own way (caseIdOf, bundleRouteOf, lettersRouteOf).
 */
const ROUTE = /^#\/([a-z0-9-]+)(?:\/([A-Za-z0-9/_-]*))?$/;

/** The address after '#/': "cases/123", or '' for none. */
const readPath = () => (ROUTE.test(window.location.hash) ? window.location.hash.slice(2) : '');

/** The path in the address, kept up to date as it changes. */
export function useHashPath(): string {
  const [path, setPath] = useState(readPath);
  useEffect(() => {
    const onChange = () => setPath(readPath());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}

/** The page a path names ("cases" for "cases/123"), or null for none. */
export const pageOf = (path: string): string | null => path.split('/')[0] || null;

/** The rest of the path after the page ("123" for "cases/123"), or null. */
export const subPathOf = (path: string, page: string): string | null => (path.startsWith(`${page}/`) ? path.slice(page.length + 1) : null);

/** The number a page's path ends in (#/cases/123 → 123), or null. */
export function idIn(path: string, page: string): number | null {
  const rest = subPathOf(path, page);
  return rest && /^\d{1,12}$/.test(rest) ? Number(rest) : null;
}

export const routeHref = (page: string) => `#/${page}`;

/** Forget the page of the person who was signed in, so the next person starts at Home. */
export function clearRoute(): void {
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** One case on the Cases page: every feature links to a case the same way. */
export const caseHref = (id: number) => `#/cases/${id}`;
