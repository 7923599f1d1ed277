import { useSyncExternalStore } from 'react';
import { formsWithChanges } from './draftRegistry';

/**
 * Pages live in the address as #/<page>[/<more>], so Back and Forward work: #/cases is the case list,
 * #/cases/123 one case, #/letters/templates the partners' templates. One hook follows the address;
 * each page reads the rest of the path its own way (caseIdOf, bundleRouteOf, lettersRouteOf).
 */
const ROUTE = /^#\/([a-z0-9-]+)(?:\/([A-Za-z0-9/_-]*))?$/;

/** The address after '#/': "cases/123", or '' for none. */
const readPath = () => (ROUTE.test(window.location.hash) ? window.location.hash.slice(2) : '');

const pathOfUrl = (url: string) => {
  const hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
  return ROUTE.test(hash) ? hash.slice(2) : '';
};

/**
 * Leaving a form with changes asks first (issue 17). The address has already changed when the browser
 * says so (Back, Forward, a link), so the page on screen is held at the old path while the shell asks;
 * "Stay" puts the old address back, "Leave" lets the new page show (its draft is kept either way).
 */
let held: { path: string; to: string } | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function onHashChange(event: HashChangeEvent) {
  const to = readPath();
  if (held) held = to === held.path ? null : { ...held, to };
  else if (formsWithChanges().length > 0) held = { path: pathOfUrl(event.oldURL), to };
  notify();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('hashchange', onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

/** The path in the address, kept up to date as it changes (held while the shell asks before leaving a form). */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, () => held?.path ?? readPath());
}

/** Where the person asked to go while a form with changes was open, or null. */
export function useHeldNavigation(): { to: string; leave: () => void; stay: () => void } | null {
  const to = useSyncExternalStore(subscribe, () => held?.to ?? null);
  if (to === null) return null;
  return {
    to,
    leave: () => {
      held = null;
      notify();
    },
    stay: () => {
      if (held) window.history.replaceState(null, '', held.path ? `#/${held.path}` : window.location.pathname + window.location.search);
      held = null;
      notify();
    },
  };
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
