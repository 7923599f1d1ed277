import { useEffect, useState } from 'react';

export type BundleRoute = { page: 'list' } | { page: 'case'; caseId: number };

/** #/bundles lists the injunction cases; #/bundles/123 builds the bundle for case 123. */
function read(): BundleRoute {
  const id = /^#\/bundles\/(\d{1,12})$/.exec(window.location.hash)?.[1];
  return id ? { page: 'case', caseId: Number(id) } : { page: 'list' };
}

export function useBundleRoute(): BundleRoute {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const bundleHref = (caseId: number) => `#/bundles/${caseId}`;
export const BUNDLES_HREF = '#/bundles';
