/**
 * SQL with its values kept apart from its text (conventions §6.8, Signal's `ts/sql/util.std.ts`):
 *
 *   const q = sql`SELECT id FROM cases WHERE partner = ${partner} AND status != ${'closed'}`;
 *   db.prepare(q.text).all(...q.params);
 *
 * Every `${value}` becomes a `?` placeholder and its value a parameter, so a value can never change the
 * statement. Pieces compose: a `${fragment}` (another sql`…`, sqlJoin, sqlId) is spliced in as SQL with its
 * own parameters in place, which is what dynamic WHERE and ORDER BY clauses need. Raw text is only ever
 * what the programmer wrote in a template or an identifier sqlId has checked.
 */
export type SqlValue = string | number | bigint | Buffer | null;

const FRAGMENT = Symbol('sql fragment');

export interface SqlFragment {
  readonly [FRAGMENT]: true;
  readonly text: string;
  readonly params: readonly SqlValue[];
}

export type SqlPart = SqlValue | SqlFragment;

const isFragment = (v: unknown): v is SqlFragment => typeof v === 'object' && v !== null && FRAGMENT in v;

function fragment(text: string, params: readonly SqlValue[]): SqlFragment {
  return Object.freeze({ [FRAGMENT]: true as const, text, params: Object.freeze([...params]) });
}

/** A statement (or a piece of one): values become `?` placeholders, fragments are spliced in. */
export function sql(strings: TemplateStringsArray, ...parts: readonly SqlPart[]): SqlFragment {
  let text = strings[0]!;
  const params: SqlValue[] = [];
  parts.forEach((part, i) => {
    if (isFragment(part)) {
      text += part.text;
      params.push(...part.params);
    } else {
      if (part === undefined) throw new TypeError(`sql: the value after “${strings[i]!.slice(-30)}” is undefined; pass null for SQL NULL.`);
      text += '?';
      params.push(part);
    }
    text += strings[i + 1]!;
  });
  return fragment(text, params);
}

/** Alias of sql, for a piece that is not a whole statement (reads better at the call site). */
export const sqlFragment = sql;

/** Pieces (or values, each a placeholder) joined by `separator`: `IN (${sqlJoin(codes)})`, `WHERE ${sqlJoin(conds, ' AND ')}`. */
export function sqlJoin(items: readonly SqlPart[], separator = ', '): SqlFragment {
  const text: string[] = [];
  const params: SqlValue[] = [];
  for (const item of items) {
    if (isFragment(item)) {
      text.push(item.text);
      params.push(...item.params);
    } else {
      text.push('?');
      params.push(item);
    }
  }
  return fragment(text.join(separator), params);
}

const IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A table or column name, checked (identifiers cannot be placeholders) and quoted. */
export function sqlId(name: string): SqlFragment {
  if (!IDENTIFIER.test(name)) throw new TypeError(`sqlId: ${JSON.stringify(name).slice(0, 60)} is not a plain SQL identifier (letters, digits and _, not starting with a digit).`);
  return fragment(`"${name}"`, []);
}

