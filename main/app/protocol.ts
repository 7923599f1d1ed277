import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../browser/security-headers';
import { readStatic, resolveStatic } from '../browser/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';
import type { PrintFiles } from './print';

/**
 * Registers app:// as a privileged scheme. Must run before the app is ready (protocol.md). standard: so
 * relative URLs and web storage work like http(s); secure: so the page is a secure context; supportFetchAPI:
 * so the renderer's fetch of its own assets works. Deliberately NOT bypassCSP, corsEnabled,
 * allowServiceWorkers or stream.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

type AppRequest = Pick<Request, 'url' | 'method'>;

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves the built renderer (out/renderer) for app://hearth/… with the same CSP and security headers as
 * browser mode. The path is resolved by resolveStatic(), which refuses `..`, `%2e%2e`, encoded slashes,
 * NUL bytes and symlinks that leave the folder (security.md checklist "Electron"). Never reads local file
 * URLs and never forwards to net.fetch.
 */
export function createAppRequestHandler(rendererDir: string, printFiles?: Pick<PrintFiles, 'get'>): (request: AppRequest) => Response {
  return (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const printing = url.pathname.match(/^\/print\/([0-9a-f]{32})\.pdf$/);
    if (printing) return printResponse(printFiles?.get(printing[1]!), request.method);
    let found: ReturnType<typeof resolveStatic>;
    try {
      found = resolveStatic(rendererDir, url.pathname);
    } catch {
      found = null;
    }
    if (!found) return textResponse(404, 'Not found');
    const headers = { ...SECURITY_HEADERS, 'Content-Type': found.type };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(readStatic(found.file), { status: 200, headers });
  };
}

/** A letter being printed (main/app/print.ts), from memory; never cached, and gone once its dialog closes. */
function printResponse(bytes: Uint8Array | undefined, method: string): Response {
  if (!bytes) return textResponse(404, 'Not found');
  const headers = { 'Content-Type': 'application/pdf', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  return new Response(method === 'HEAD' ? null : Buffer.from(bytes), { status: 200, headers });
}

/** After ready: answer every app:// request on the default session from the built renderer (and letters being printed). */
export function handleAppProtocol(rendererDir: string, printFiles?: Pick<PrintFiles, 'get'>): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, printFiles));
}
