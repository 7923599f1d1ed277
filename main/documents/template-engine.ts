import Handlebars from 'handlebars';
import { easyDate } from '../../shared/documents/easy-read';
import { escapeMarkup, unescapeMarkup } from '../../shared/documents/markup';
import type { TemplateProblem } from '../../shared/schemas/documents';
import type { Section } from './template-file';

/**
 * Handlebars in strict mode (bundles.md §4.4) with a fixed set of helpers (knownHelpersOnly): a field that
 * does not exist or is empty is an error naming the field and the template line, never a blank.
 *
 * How "empty" becomes an error: the data is prepared so that empty values (null, '', whitespace) are left
 * out rather than kept as blanks, while every object a template can reach is present (possibly empty).
 * Strict mode then throws for {{recipient.address}} with the line and column, and {{#if …}} still treats
 * a missing value as false. Helpers that need an argument throw with their own location.
 */

type Env = ReturnType<typeof Handlebars.create>;
type HelperOptions = Handlebars.HelperOptions & { loc?: hbs.AST.SourceLocation };

export class MissingArgument extends Error {
  constructor(
    readonly index: number,
    readonly loc: hbs.AST.SourceLocation | undefined,
  ) {
    super('missing helper argument');
  }
}

const need = (value: unknown, index: number, options: HelperOptions) => {
  if (value === undefined || value === null) throw new MissingArgument(index, options.loc);
  return value;
};
const plain = (v: unknown) => (typeof v === 'string' ? unescapeMarkup(v) : v);

/** What each helper returns, for the static check ('text', 'list of text', 'boolean', 'number'). */
export const HELPERS: Record<string, { returns: 'text' | 'texts' | 'boolean' | 'number'; args: number }> = {
  eq: { returns: 'boolean', args: 2 },
  join: { returns: 'text', args: 2 },
  lower: { returns: 'text', args: 1 },
  paragraphs: { returns: 'texts', args: 1 },
  inc: { returns: 'number', args: 1 },
  plural: { returns: 'text', args: 3 },
  /** Easy Read dates: 04/01/2027 → "Monday 4 January 2027". */
  longDate: { returns: 'text', args: 1 },
};
const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'];

function createEnv(): Env {
  const env = Handlebars.create();
  env.registerHelper('eq', (a: unknown, b: unknown) => plain(a) === plain(b));
  env.registerHelper('join', (list: unknown, sep: unknown, options: HelperOptions) => {
    const items = need(list, 0, options);
    return Array.isArray(items) ? items.join(typeof sep === 'string' ? sep : ', ') : String(items);
  });
  env.registerHelper('lower', (text: unknown, options: HelperOptions) => String(need(text, 0, options)).toLowerCase());
  env.registerHelper('paragraphs', (text: unknown, options: HelperOptions) =>
    String(need(text, 0, options))
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean),
  );
  env.registerHelper('inc', (n: unknown, options: HelperOptions) => Number(need(n, 0, options)) + 1);
  env.registerHelper('longDate', (d: unknown, options: HelperOptions) => easyDate(String(need(d, 0, options))));
  env.registerHelper('plural', (n: unknown, one: unknown, many: unknown, options: HelperOptions) => (Number(need(n, 0, options)) === 1 ? String(one) : String(many)));
  return env;
}

const env = createEnv();
const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((h) => [h, true])),
} as const;

const cache = new Map<string, HandlebarsTemplateDelegate>();
function compiled(text: string): HandlebarsTemplateDelegate {
  let fn = cache.get(text);
  if (!fn) {
    fn = env.compile(text, COMPILE_OPTIONS);
    if (cache.size > 200) cache.clear();
    cache.set(text, fn);
  }
  return fn;
}

/**
 * The data as templates see it: strings escaped for the markup, empty values left out (so strict mode
 * names them), lists and objects kept even when empty (so {{#if a.b}} never trips over a missing a).
 */
export function prepareData(value: unknown): unknown {
  if (typeof value === 'string') return escapeMarkup(value);
  if (Array.isArray(value)) return value.filter((v) => !isEmpty(v)).map(prepareData);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!isEmpty(v) || Array.isArray(v) || (v && typeof v === 'object')) out[k] = prepareData(v);
    return out;
  }
  return value;
}
const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The field a strict-mode error or a helper refers to, read from the template text at its location. */
function fieldAt(section: Section, line: number, column: number, index = 0): string {
  const source = section.text.split('\n')[line - 1] ?? '';
  const from = source.slice(column);
  const mustache = from.match(/^\{\{[#^]?\s*([^}]*)\}\}/) ?? from.match(/^\(([^)]*)\)/);
  if (mustache) {
    // A helper call: "{{date x}}", "{{#each (paragraphs slots.x)}}": the index-th argument.
    const tokens = mustache[1]!.replace(/[()]/g, ' ').trim().split(/\s+/);
    const args = tokens.slice(1).filter((t) => !/^["']/.test(t));
    const helperArgs = HELPERS[tokens[0]!] ? args : tokens;
    const inner = tokens.find((t) => HELPERS[t] && t !== tokens[0]);
    if (inner) return tokens[tokens.indexOf(inner) + 1 + index] ?? tokens.at(-1)!;
    return helperArgs[index] ?? tokens[0]!;
  }
  return from.match(/^[@\w./-]+/)?.[0] ?? from.slice(0, 40);
}

export class FieldMissing extends Error {
  constructor(
    readonly field: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${field} is missing`);
    this.name = 'FieldMissing';
  }
}

/** Renders a section; a missing or empty field throws FieldMissing with the field and the file's line. */
export function renderSection(section: Section, data: unknown): string {
  try {
    return compiled(section.text)(data);
  } catch (error) {
    if (error instanceof MissingArgument && error.loc) {
      throw new FieldMissing(fieldAt(section, error.loc.start.line, error.loc.start.column, error.index), section.firstLine + error.loc.start.line - 1);
    }
    const e = error as Error & { lineNumber?: number; column?: number };
    if (typeof e.lineNumber === 'number' && /not defined in/.test(e.message)) {
      const name = e.message.match(/^"([^"]+)"/)?.[1] ?? '';
      let field = fieldAt(section, e.lineNumber, e.column ?? 0);
      if (!field.endsWith(name)) field = name;
      throw new FieldMissing(field.replace(/^this\./, ''), section.firstLine + e.lineNumber - 1);
    }
    throw error;
  }
}

// -----------------------------------------------------------------------------------------------------
// The static check: every path, helper and block in a template against the sample context, both branches
// of every {{#if}}, so an administrator's version is refused with its line before it is saved.

type Node = hbs.AST.Node & { loc: hbs.AST.SourceLocation };
interface Scope {
  value: unknown;
  inEach: boolean;
}

export function checkSection(section: Section, sample: Record<string, unknown>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const line = (n: { loc?: hbs.AST.SourceLocation } | undefined) => (n?.loc ? section.firstLine + n.loc.start.line - 1 : null);
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(section.text);
    compiled(section.text); // also checks helpers (knownHelpersOnly)
  } catch (error) {
    const e = error as Error & { lineNumber?: number };
    const parseLine = e.message.match(/Parse error on line (\d+)/)?.[1];
    const at = e.lineNumber ?? (parseLine ? Number(parseLine) : null);
    const message = e.message.split('\n')[0]!.replace(/ - \d+:\d+$/, '').replace(/^Parse error on line \d+:?/, 'The template has a syntax error');
    const hint = /Expecting/.test(e.message) ? ` (${e.message.split('\n').at(-1)})` : '';
    return [{ line: at !== null ? section.firstLine + at - 1 : null, message: `${message}${hint}`.trim() }];
  }

  const lookup = (path: hbs.AST.PathExpression, scopes: Scope[], node: Node): unknown => {
    if (path.data) {
      const [head, ...rest] = path.parts;
      if (head === 'root') return walkParts(sample, rest, path, node);
      if (['index', 'first', 'last', 'key'].includes(head ?? '')) {
        if (!scopes.some((s) => s.inEach)) problems.push({ line: line(node), message: `@${head} only means something inside {{#each}}.` });
        return head === 'index' ? 0 : true;
      }
      problems.push({ line: line(node), message: `@${head} is not a value templates can use.` });
      return undefined;
    }
    const scope = scopes[scopes.length - 1 - path.depth];
    if (!scope) {
      problems.push({ line: line(node), message: `"${path.original}" goes up more levels than there are.` });
      return undefined;
    }
    return walkParts(scope.value, path.parts, path, node);
  };
  const walkParts = (start: unknown, parts: string[], path: hbs.AST.PathExpression, node: Node): unknown => {
    let value = start;
    for (const part of parts) {
      if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, part)) value = (value as Record<string, unknown>)[part];
      else {
        problems.push({ line: line(node), message: `"${path.original}" is not a field Hearth knows${suggest(path.original)}. The fields are listed in templates/README.md.` });
        return undefined;
      }
    }
    return value;
  };
  const suggest = (original: string) => {
    const head = original.split('.')[0] ?? '';
    return head && !Object.hasOwn(sample, head) ? ` (there is no "${head}")` : '';
  };

  const expr = (e: hbs.AST.Expression, scopes: Scope[], node: Node): unknown => {
    switch (e.type) {
      case 'PathExpression':
        return lookup(e as hbs.AST.PathExpression, scopes, node);
      case 'SubExpression': {
        const sub = e as hbs.AST.SubExpression;
        return helperCall((sub.path as hbs.AST.PathExpression).original, sub.params, scopes, node);
      }
      case 'StringLiteral':
        return (e as hbs.AST.StringLiteral).value;
      case 'NumberLiteral':
        return (e as hbs.AST.NumberLiteral).value;
      case 'BooleanLiteral':
        return (e as hbs.AST.BooleanLiteral).value;
      default:
        return undefined;
    }
  };
  const helperCall = (name: string, params: hbs.AST.Expression[], scopes: Scope[], node: Node): unknown => {
    const helper = HELPERS[name];
    if (!helper) {
      problems.push({ line: line(node), message: `"${name}" is not a helper Hearth knows. The helpers are: ${Object.keys(HELPERS).join(', ')}.` });
      return undefined;
    }
    if (params.length !== helper.args) problems.push({ line: line(node), message: `The helper "${name}" takes ${helper.args} value${helper.args === 1 ? '' : 's'}, not ${params.length}.` });
    params.forEach((p) => expr(p, scopes, node));
    return helper.returns === 'texts' ? ['a paragraph'] : helper.returns === 'boolean' ? true : helper.returns === 'number' ? 1 : 'text';
  };

  const walk = (nodes: hbs.AST.Statement[], scopes: Scope[]) => {
    for (const raw of nodes) {
      const node = raw as Node;
      switch (node.type) {
        case 'ContentStatement':
        case 'CommentStatement':
          break;
        case 'MustacheStatement': {
          const m = node as unknown as hbs.AST.MustacheStatement;
          const name = (m.path as hbs.AST.PathExpression).original;
          if (m.params.length || HELPERS[name]) helperCall(name, m.params, scopes, node);
          else {
            const v = expr(m.path, scopes, node);
            if (v !== undefined && typeof v === 'object' && !Array.isArray(v)) problems.push({ line: line(node), message: `"${name}" is a group of fields, not one value: use one of its fields, such as ${name}.${Object.keys(v as object)[0] ?? 'name'}.` });
          }
          break;
        }
        case 'BlockStatement': {
          const b = node as unknown as hbs.AST.BlockStatement;
          const name = (b.path as hbs.AST.PathExpression).original;
          if (!BLOCK_HELPERS.includes(name)) {
            problems.push({ line: line(node), message: `{{#${name}}} is not a block Hearth knows: use #if, #unless, #each or #with.` });
            break;
          }
          if (b.params.length !== 1) {
            problems.push({ line: line(node), message: `{{#${name}}} needs exactly one value.` });
            break;
          }
          const value = expr(b.params[0]!, scopes, node);
          if (name === 'each') {
            if (value !== undefined && !Array.isArray(value)) problems.push({ line: line(node), message: `{{#each}} needs a list; "${describe(b.params[0]!)}" is not one.` });
            const item: unknown = Array.isArray(value) ? (value[0] ?? 'text') : {};
            walk(b.program.body, [...scopes, { value: item, inEach: true }]);
          } else if (name === 'with') {
            walk(b.program.body, [...scopes, { value: value ?? {}, inEach: false }]);
          } else walk(b.program.body, scopes);
          if (b.inverse) walk(b.inverse.body, scopes);
          break;
        }
        default:
          problems.push({ line: line(node), message: 'Partials and decorators are not allowed in templates.' });
      }
    }
  };
  walk(program.body, [{ value: sample, inEach: false }]);
  return problems;
}

const describe = (e: hbs.AST.Expression) => (e.type === 'PathExpression' ? (e as hbs.AST.PathExpression).original : e.type === 'SubExpression' ? `(${((e as hbs.AST.SubExpression).path as hbs.AST.PathExpression).original} …)` : 'that');

/**
 * Easy Read rules (bundles.md §5, GOV.UK): sentences of 15 words or fewer and no acronyms. Checked on the
 * template's own words, each value counted as one word, so the line of the problem is known.
 */
export function lintEasyRead(section: Section): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const ALLOWED = new Set(['OK', 'I']);
  section.text.split('\n').forEach((raw, i) => {
    const lineNo = section.firstLine + i;
    const text = raw
      .replace(/\{\{[#/^!][^}]*\}\}/g, '')
      .replace(/\{\{else\}\}/g, '')
      .replace(/\{\{[^}]*\}\}/g, 'X')
      .replace(/^\s*(#{1,3}|-|\+|\d+\.)\s+/, '')
      .replace(/\[\[[^\]]*\]\]/g, '')
      .replace(/\*\*/g, '');
    if (/^\s*\|/.test(raw)) return;
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const words = sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (words.length > 15) problems.push({ line: lineNo, message: `Easy Read: this sentence has ${words.length} words; keep each to 15 or fewer (“${sentence.trim().slice(0, 60)}…”).` });
      for (const w of words) {
        const bare = w.replace(/[^\p{L}]/gu, '');
        if (bare.length >= 2 && bare === bare.toUpperCase() && /\p{Lu}/u.test(bare) && !ALLOWED.has(bare) && w !== 'X') {
          problems.push({ line: lineNo, message: `Easy Read: “${bare}” looks like an acronym; write the words out.` });
        }
      }
    }
  });
  return problems;
}
