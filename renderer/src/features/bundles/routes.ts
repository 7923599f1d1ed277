import { idIn } from '../../hooks/useHashRoute';

export type BundleRoute = { page: 'list' } | { page: 'case'; caseId: number };

/** #/bundles lists the injunction cases; #/bundles/123 builds the bundle for case 123. */
export function bundleRouteOf(path: string): BundleRoute {
  const caseId = idIn(path, 'bundles');
  return caseId === null ? { page: 'list' } : { page: 'case', caseId };
}

export const bundleHref = (caseId: number) => `#/bundles/${caseId}`;
export const BUNDLES_HREF = '#/bundles';
