import { readdirSync, readFileSync } from 'node:fs';
import { templatesDir } from './templates-dir';
import { checkPictures } from './pictures';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MarkupError, parseMarkup } from '../../shared/documents/markup';
import type { FrontMatter, TemplateProblem } from '../../shared/schemas/documents';
import { TEMPLATE_ID } from '../../shared/schemas/documents';
import { SAMPLE_CONTEXT } from './context-shape';
import { checkSection, lintEasyRead, prepareData, renderSection } from './template-engine';
import { parseTemplateFile, type Section, type TemplateFile, TemplateProblems } from './template-file';

/**
 * The templates: the defaults in templates/letters/*.txt (read once), and a partner's own versions from
 * the workspace (template_overrides), validated the same way before they are saved.
 */

export interface LoadedTemplate extends TemplateFile {
  id: string;
  text: string;
  /** 'default', or 'override:C33@2' for a partner's version 2. */
  source: string;
}

/** Directives a body may use; main/documents/layout.ts turns them into blocks. */
export const DIRECTIVES = ['signature', 'sign-here', 'statement-of-truth', 'page-break'] as const;

export { templatesDir } from './templates-dir';

let defaults: Map<string, LoadedTemplate> | null = null;
/** Defaults already checked by the background warm-up (warmDefaultTemplates), by file name. */
const checked = new Map<string, LoadedTemplate>();

function defaultFiles(): string[] {
  return readdirSync(join(templatesDir(), 'letters')).filter((n) => n.endsWith('.txt')).sort();
}

/** Reads and checks one default template: a broken default is a programming error and stops here. */
function checkDefault(name: string): LoadedTemplate {
  const id = name.slice(0, -4);
  const text = readFileSync(join(templatesDir(), 'letters', name), 'utf8');
  const problems = validateTemplateText(text, id, null);
  if (problems.length) throw new Error(`templates: ${name} is not valid: ${problems.map((p) => `line ${p.line ?? '?'}: ${p.message}`).join('; ')}`);
  return { ...parseTemplateFile(text), id, text, source: 'default' };
}

/**
 * Every default template, checked. The check renders each template against sample data (about 0.3–1.5 s
 * for all of them, depending on load), so the workspace's opening starts it in the background
 * (warmDefaultTemplates) and the first case opened does not pay it (issue 17); a call before the warm-up
 * has finished checks what is left, here.
 */
export function defaultTemplates(): Map<string, LoadedTemplate> {
  if (defaults) return defaults;
  const loaded = new Map<string, LoadedTemplate>();
  for (const name of defaultFiles()) {
    const t = checked.get(name) ?? checkDefault(name);
    loaded.set(t.id, t);
  }
  defaults = loaded;
  checked.clear();
  return loaded;
}

let warming: Promise<WarmUp> | null = null;

/** The background check, once something started it (null before): for tests and the bench. */
export const templatesWarmUp = (): Promise<WarmUp> | null => warming;

/** What the background check did: how many templates it checked and its time in the main process. */
export interface WarmUp {
  checked: number;
  ms: number;
}

/**
 * Checks the default templates in the background, one template per turn of the event loop, so a request
 * that arrives meanwhile waits for one template's check at most (a few tens of milliseconds), not all of
 * them. Started when a workspace is opened; calling it again returns the same promise.
 */
export function warmDefaultTemplates(): Promise<WarmUp> {
  if (warming) return warming;
  warming = (async () => {
    let ms = 0;
    let count = 0;
    for (const name of defaultFiles()) {
      await new Promise((resolve) => setImmediate(resolve));
      if (defaults) break; // a request checked the rest first
      const started = performance.now();
      checked.set(name, checkDefault(name));
      ms += performance.now() - started;
      count += 1;
    }
    if (!defaults) defaultTemplates();
    return { checked: count, ms };
  })();
  return warming;
}

export function defaultTemplate(id: string): LoadedTemplate | null {
  return defaultTemplates().get(id) ?? null;
}

/** The sample data a template is checked against: every field, and its own slots filled in. */
export function sampleFor(front: FrontMatter): Record<string, unknown> {
  return { ...SAMPLE_CONTEXT, slots: Object.fromEntries(front.slots.map((s) => [s.id, 'Sample text.'])) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const lineOf = (text: string, needle: string): number | null => {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  return i < 0 ? null : i + 1;
};

/**
 * Everything that must hold before a template (a default, or a partner's version of `id`) is used: the
 * front matter, the id, Hearth's own rules unchanged, every field, helper and block, the directives, the
 * witness statement's statement of truth, and Easy Read's short sentences. Problems carry file lines.
 */
export function validateTemplateText(text: string, id: string, base: LoadedTemplate | null): TemplateProblem[] {
  let file: TemplateFile;
  try {
    file = parseTemplateFile(text);
  } catch (error) {
    if (error instanceof TemplateProblems) return error.problems;
    throw error;
  }
  const { front } = file;
  const problems: TemplateProblem[] = [];
  const frontLine = (key: string) => lineOf(text, `${key}:`);
  if (!TEMPLATE_ID.test(id)) problems.push({ line: null, message: `"${id}" is not a template id.` });
  if (front.id !== id) problems.push({ line: frontLine('id'), message: `The id must stay "${id}" (it says "${front.id}").` });
  if (base) {
    for (const key of ['layout', 'recipient', 'when', 'serves'] as const) {
      if (!same(front[key], base.front[key])) {
        problems.push({ line: frontLine(key), message: `"${key}" is one of Hearth's rules for this template (who may receive it, when it fits, which deadline it meets) and must stay as in the default: ${JSON.stringify(base.front[key])}.` });
      }
    }
  }
  const sample = sampleFor(front);
  for (const field of front.fields) {
    let v: unknown = sample;
    for (const part of field.split('.')) v = v && typeof v === 'object' && Object.hasOwn(v, part) ? (v as Record<string, unknown>)[part] : undefined;
    if (v === undefined) problems.push({ line: frontLine('fields'), message: `"${field}" in fields is not a field Hearth knows.` });
  }
  const sections: [Section, string][] = [[file.standard, 'the letter']];
  if (file.easyRead) sections.push([file.easyRead, 'the Easy Read text']);
  for (const [section, name] of sections) {
    const found = checkSection(section, sample);
    problems.push(...found);
    if (found.length) continue;
    for (const m of section.text.matchAll(/\[\[([a-z-]+)/g)) {
      if (!(DIRECTIVES as readonly string[]).includes(m[1]!)) {
        problems.push({ line: section.firstLine + section.text.slice(0, m.index).split('\n').length - 1, message: `[[${m[1]}]] is not a directive Hearth knows. Known: ${DIRECTIVES.map((d) => `[[${d}]]`).join(', ')}.` });
      }
    }
    try {
      const rendered = renderSection(section, prepareData(sample));
      parseMarkup(rendered, Object.fromEntries(DIRECTIVES.map((d) => [d, () => []])));
    } catch (error) {
      if (error instanceof MarkupError) problems.push({ line: null, message: `In ${name}: ${error.message}` });
      else problems.push({ line: null, message: `In ${name}: ${(error as Error).message}` });
    }
  }
  if (front.layout === 'statement' && !file.standard.text.includes('[[statement-of-truth]]')) {
    problems.push({ line: null, message: 'A witness statement must include [[statement-of-truth]]: the exact words of PD 22 para 2.2 and the signature.' });
  }
  if (file.easyRead) problems.push(...lintEasyRead(file.easyRead));
  problems.push(...checkPictures(front, file.easyRead));
  return problems.sort((a, b) => (a.line ?? 1e9) - (b.line ?? 1e9));
}

/** Parses a stored partner version (already validated when it was saved). */
export function loadOverride(text: string, id: string, source: string): LoadedTemplate {
  return { ...parseTemplateFile(text), id, text, source };
}
