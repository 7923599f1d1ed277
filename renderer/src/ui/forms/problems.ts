import type { z } from 'zod';
import en from 'zod/v4/locales/en.js';

/**
 * Form errors from the shared zod schemas (shared/schemas): a form turns what was typed into the request
 * main takes, the schema main checks it with says what is wrong, and this turns each issue into words
 * beside the field it belongs to. The rules are stated once, in the schema; a form says only where each
 * answer is on the screen and, where the schema's own words are not the ones an officer needs, better
 * words ("Choose how the report was made." rather than "Invalid option").
 */

/** Words for one answer: when it is missing, and when it is there but not right. */
export interface Words {
  missing?: string;
  invalid?: string;
}

/** Where an issue's answer is on the form: the field's element id, and words for it. Null: nowhere. */
export interface Place {
  field: string;
  words?: Words;
}

export type Placer = (path: readonly PropertyKey[]) => Place | null;

/** Field id → what is wrong with it, in the order of the form. */
export type FieldProblems = Record<string, string>;

const ENGLISH = en();
const number = new Intl.NumberFormat('en-GB');

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let here = input;
  for (const key of path) here = here !== null && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[key] : undefined;
  return here;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** zod's own English for an issue, which is for developers ("Too big: expected string to have <=10000 characters"). */
function zodDefault(issue: z.core.$ZodIssue): string {
  const said = ENGLISH.localeError(issue as never);
  return typeof said === 'string' ? said : (said?.message ?? '');
}

/** Plain words for what the schema checks by itself, when neither the form nor the schema gave any. */
function plainWords(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') return `Use at most ${number.format(Number(issue.maximum))} characters (this has ${number.format(value.length)}).`;
      if (issue.origin === 'number') return `Enter ${number.format(Number(issue.maximum))} or less.`;
      if (issue.origin === 'array') return `Choose at most ${number.format(Number(issue.maximum))}.`;
      return 'This is too long.';
    case 'too_small':
      if (issue.origin === 'string') return `Use at least ${number.format(Number(issue.minimum))} characters.`;
      if (issue.origin === 'number') return `Enter ${number.format(Number(issue.minimum))} or more.`;
      return 'Add at least one.';
    case 'invalid_type':
      return issue.expected === 'number' ? 'Enter a whole number.' : 'Answer this question.';
    case 'invalid_value':
      return 'Choose one of the answers.';
    case 'invalid_format':
      return 'Check how this is written.';
    default:
      return 'Check this answer.';
  }
}

/**
 * The problems the schema finds in a request, placed on the form's fields: the first problem of each
 * field wins. An answer left empty gets the field's "missing" words; one that is there but wrong its
 * "invalid" words; otherwise the schema's own words where it has them (a postcode, a passphrase rule),
 * else plain words (a length limit, with the count).
 */
export function schemaProblems(schema: z.ZodType, candidate: unknown, place: Placer): FieldProblems {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return {};
  const found: FieldProblems = {};
  for (const issue of parsed.error.issues) {
    const where = place(issue.path);
    if (!where || found[where.field]) continue;
    const value = valueAt(candidate, issue.path);
    const own = issue.message !== zodDefault(issue) ? issue.message : null;
    const blank = isBlank(value) && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'too_small' || issue.code === 'invalid_format');
    found[where.field] = (blank ? where.words?.missing : where.words?.invalid) ?? own ?? plainWords(issue, value);
  }
  return found;
}

/** Problems from several checks, in the order the fields appear on the form (unknown fields last). */
export function inFormOrder(order: readonly string[], ...lists: readonly Record<string, string | null | undefined>[]): FieldProblems {
  const all: FieldProblems = {};
  for (const list of lists) for (const [field, message] of Object.entries(list)) if (message && !all[field]) all[field] = message;
  const rank = (field: string) => {
    const i = order.indexOf(field);
    return i < 0 ? order.length : i;
  };
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => rank(a) - rank(b)));
}

/** A placer from a table of dotted paths ('incidents.0.description') to fields, for forms with fixed fields. */
export function placeByPath(table: Readonly<Record<string, Place>>): Placer {
  return (path) => table[path.map(String).join('.')] ?? null;
}
