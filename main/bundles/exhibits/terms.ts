import { createHash } from 'node:crypto';
import type { RedactionRecord } from '../../evidence/redactions/store';

/**
 * The words a redacted copy covers: those the person gave, and, when asked, the details of everyone
 * withheld from the court (main/bundles/redaction.ts, the bundle's own list). Their SHA-256 is kept with
 * the copy: a bundle built after that list has changed (a new witness, a consent withdrawn) will not use a
 * copy made against the old one.
 */
export function redactionTerms(record: Pick<RedactionRecord, 'terms' | 'withheld'>, withheldTerms: readonly string[]): string[] {
  return [...new Set([...record.terms, ...(record.withheld ? withheldTerms : [])].map((t) => t.trim()).filter(Boolean))].sort();
}

export const termsSha256 = (terms: readonly string[]): string => createHash('sha256').update(JSON.stringify(terms)).digest('hex');
