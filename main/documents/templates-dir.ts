import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the default templates are: beside the sources in a checkout (main/documents → ../../templates),
 * beside the bundles in out/main (→ ../../templates), or HEARTH_TEMPLATES. A packaged app needs the
 * folder shipped with it (see the note in the closing report: electron-builder `files`).
 */
export function templatesDir(): string {
  const candidates = [process.env.HEARTH_TEMPLATES, join(__dirname, '..', '..', 'templates'), join(__dirname, '..', 'templates'), join(process.cwd(), 'templates')];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) candidates.push(join(resources, 'templates'), join(resources, 'app.asar', 'templates'));
  const found = candidates.find((d): d is string => Boolean(d) && existsSync(join(d!, 'letters', 'acknowledgement.txt')));
  if (!found) throw new Error(`templates: the templates folder was not found (looked in ${candidates.filter(Boolean).join(', ')})`);
  return found;
}
