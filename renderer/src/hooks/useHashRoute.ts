import { useEffect, useState } from 'react';

/**
 * Pages live in the address as #/<id>, so Back and Forward work; a page may have its own sub-path
 * (#/cases/123 is the Cases page showing case 123). Anything else means the first page.
 */
function readRoute(): string | null {
  return /^#\/([a-z0-9-]+)(?:\/[A-Za-z0-9/_-]*)?$/.exec(window.location.hash)?.[1] ?? null;
}

export function useHashRoute(): string | null {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const onChange = () => setRoute(readRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const routeHref = (id: string) => `#/${id}`;

/** Forget the page of the person who was signed in, so the next person starts at Home. */
export function clearRoute(): void {
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
