import { LineCounter, parseDocument } from 'yaml';
import { FrontMatter, type TemplateProblem } from '../../shared/schemas/documents';

/**
 * A template file (templates/README.md): YAML front matter between two "---" lines, the body, and an
 * optional Easy Read body after a line "=== easy-read ===". Every problem found here carries the line of
 * the file it is on, so an administrator editing a partner's version is told exactly where to look.
 */

export interface Section {
  text: string;
  /** The line of the file the section's first line is on (Handlebars counts from 1 within the section). */
  firstLine: number;
}

export interface TemplateFile {
  front: FrontMatter;
  standard: Section;
  easyRead: Section | null;
}

export const EASY_READ_MARKER = '=== easy-read ===';

export class TemplateProblems extends Error {
  constructor(readonly problems: TemplateProblem[]) {
    super(problems.map((p) => (p.line ? `Line ${p.line}: ${p.message}` : p.message)).join(' '));
    this.name = 'TemplateProblems';
  }
}

/** Splits and checks a template file; throws TemplateProblems with line numbers. */
export function parseTemplateFile(text: string): TemplateFile {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') throw new TemplateProblems([{ line: 1, message: 'A template starts with a line "---", then its front matter (id, title, version…), then another "---".' }]);
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw new TemplateProblems([{ line: 1, message: 'The front matter is never closed: add a line "---" after it.' }]);

  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length) {
    throw new TemplateProblems(
      doc.errors.map((e) => ({ line: (e.linePos?.[0]?.line ?? 0) + 1, message: `The front matter is not valid YAML: ${e.message.split('\n')[0]}` })),
    );
  }
  const parsed = FrontMatter.safeParse(doc.toJS());
  if (!parsed.success) {
    throw new TemplateProblems(
      parsed.error.issues.map((issue) => {
        const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
        const parent = issue.path.length ? (doc.getIn(issue.path.slice(0, -1) as (string | number)[], true) as { range?: [number, number, number] } | undefined) : undefined;
        const at = node?.range?.[0] ?? parent?.range?.[0];
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        return { line: at !== undefined ? counter.linePos(at).line + 1 : 2, message: `In the front matter, ${where}${issue.message}` };
      }),
    );
  }

  const rest = lines.slice(end + 1);
  const marker = rest.findIndex((l) => l.trim() === EASY_READ_MARKER);
  const standard: Section = { text: (marker < 0 ? rest : rest.slice(0, marker)).join('\n'), firstLine: end + 2 };
  const easyRead: Section | null = marker < 0 ? null : { text: rest.slice(marker + 1).join('\n'), firstLine: end + 2 + marker + 1 };
  const problems: TemplateProblem[] = [];
  if (!standard.text.trim()) problems.push({ line: end + 2, message: 'The template has no body: write the letter after the front matter.' });
  if (parsed.data.variants.includes('easy-read') && !easyRead) {
    problems.push({ line: null, message: `The front matter offers an Easy Read variant, but there is no "${EASY_READ_MARKER}" line followed by the Easy Read text.` });
  }
  if (easyRead && !parsed.data.variants.includes('easy-read')) {
    problems.push({ line: end + 2 + marker, message: 'There is an Easy Read text, but the front matter does not list easy-read under variants.' });
  }
  if (easyRead && !easyRead.text.trim()) problems.push({ line: end + 2 + marker, message: 'The Easy Read text is empty.' });
  if (problems.length) throw new TemplateProblems(problems);
  return { front: parsed.data, standard, easyRead };
}
