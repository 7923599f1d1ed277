import type { RedactionRecord } from '../../evidence/redactions/store';
import { redactionTerms, termsSha256 } from './terms';

/**
 * What a bundle does with an exhibit given its redaction: uses the original (none asked for), uses the
 * redacted copy (made, and made against today's list of withheld people), or keeps it out, saying why.
 */
export type ExhibitUse = { kind: 'original' } | { kind: 'redacted'; sha256: string; pages: number; size: number } | { kind: 'out'; problem: string };

export function exhibitUse(record: RedactionRecord | undefined, withheldTerms: readonly string[]): ExhibitUse {
  if (!record) return { kind: 'original' };
  if (record.state === 'pending') return { kind: 'out', problem: 'its redacted copy is still being made: wait for it to finish, then build again' };
  if (record.state === 'failed' || !record.copy) return { kind: 'out', problem: `it could not be redacted (${record.problem ?? 'the copy was not made'})` };
  if (record.termsSha256 !== termsSha256(redactionTerms(record, withheldTerms))) {
    return { kind: 'out', problem: 'it was redacted before the list of people withheld from the court changed: set its redaction again' };
  }
  return { kind: 'redacted', ...record.copy };
}
