/**
 * The one origin Hearth's window is served from (DESIGN §2: a custom protocol, never local file URLs).
 * Pure: no Electron import, so the sender check and the navigation guard can share it and be unit-tested.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hearth';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True only for app://hearth/… URLs. Parsed with URL rather than compared with startsWith (security.md §1
 * item 13), and compared by protocol and host: Node's URL reports origin "null" for schemes it does not
 * know, so `.origin === 'app://hearth'` would never match in the main process. Credentials and ports are
 * refused so that "app://hearth:1@evil" style tricks cannot pass.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.port === '' && parsed.username === '' && parsed.password === ''
  );
}
