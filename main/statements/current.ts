import type { StatementVersion, StatementView } from '../../shared/schemas/statements';

/**
 * Which statement of a witness goes into a bundle (issue 15): their latest finalised one. A draft never
 * does; a version finalised earlier is superseded by a later one.
 */
export interface FinalStatement {
  statement: StatementView;
  version: StatementVersion;
}

export function latestFinal(s: StatementView): StatementVersion | null {
  return s.versions.find((v) => v.status === 'final') ?? null;
}

/** The officer's current statement: the highest-numbered statement with a finalised version. */
export function officerFinal(statements: readonly StatementView[]): FinalStatement | null {
  const found = statements
    .filter((s) => s.makerKind === 'officer')
    .map((s) => ({ statement: s, version: latestFinal(s) }))
    .filter((x): x is FinalStatement => x.version !== null)
    .sort((a, b) => b.statement.number - a.statement.number);
  return found[0] ?? null;
}
