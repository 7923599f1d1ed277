import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Resolves a URL path to a file inside the built renderer, or null. Refuses anything that escapes the
 * folder: `..`, encoded `%2e%2e`, absolute paths and symlinks pointing outside (security.md checklist).
 */
export function resolveStatic(root: string, urlPath: string): { file: string; type: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const realRoot = realpathSync(root);
  const candidate = normalize(join(realRoot, relative));
  if (!candidate.startsWith(realRoot + sep)) return null;
  if (!existsSync(candidate) || !statSync(candidate).isFile()) return null;
  const real = realpathSync(candidate);
  if (!real.startsWith(realRoot + sep)) return null;
  return { file: real, type: TYPES[extname(real)] ?? 'application/octet-stream' };
}

export const readStatic = (file: string) => readFileSync(file);
