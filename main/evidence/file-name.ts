import type { EvidenceType } from '../../shared/domain/vocabulary';
import { formatOf, provenFileName } from '../../shared/files/evidence-name';
import { cleanFileName, peelDangerousExtensions } from '../../shared/files/safe-name';
import { AppError } from '../../shared/result';
import { nameContradicts, type Sniffed } from './sniff';

/**
 * The name an evidence file is kept and handed back under (issue 13, finding 4). The rules are pure and
 * live in shared/files/evidence-name.ts (the database's listing applies them too); the refusal of a name
 * that contradicts the content (rule 3) needs the sniffed file, so it is here.
 */
export { type Format, formatOf, listedFileName, provenFileName } from '../../shared/files/evidence-name';

/** The name a newly added file is kept under, or a refusal (rule 3) naming what the person chose. */
export async function evidenceFileName(chosen: string, found: Sniffed & { type: EvidenceType }): Promise<string> {
  const shown = cleanFileName(chosen);
  const contradiction = await nameContradicts(peelDangerousExtensions(shown), found.type, found.described, shown);
  if (contradiction) throw new AppError('bad-input', contradiction);
  return provenFileName(chosen, formatOf(found.ext, found.type));
}
