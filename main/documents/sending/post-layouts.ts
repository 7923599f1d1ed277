import { safeFileName } from '../../../shared/files/safe-name';
import { AppError } from '../../../shared/result';
import type { ReadableDB } from '../../db/connection';
import { writeLabels } from '../../pdf/labels';
import { lettersFor, type LettersRequest, occupierBlock } from '../batch-render';
import { writePdf } from '../pdf';
import { documentAddresses, getDocument } from '../store';

/**
 * Print layouts of a made letter for posting (issue 17), made on request from what is stored, never
 * stored themselves: address labels (names and addresses only, 21 to an A4 sheet), or the letters with
 * the address set in a DL window envelope's window (the same words as the stored letter, the address
 * moved). A batch to residents gives one label, or one letter, per address, in the batch's order.
 */
export async function postLayout(
  db: ReadableDB,
  id: number,
  layout: 'labels' | 'window',
  /** Lays a batch's window-envelope letters out (in a worker, as a job: window-job.ts); none, here. */
  inWorker?: (request: LettersRequest, caseId: number, title: string) => Promise<Buffer>,
): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
  const found = getDocument(db, id);
  if (!found) throw new AppError('not-found', 'There is no such document.');
  const { view, model } = found;
  const addresses = documentAddresses(db, id);
  if (view.recipientRole === 'court') throw new AppError('bad-input', `“${view.title}” is a statement for the court: it goes into a bundle, not the post.`);
  if (addresses.length === 0 && model.addressee.length === 0) {
    throw new AppError('bad-input', `“${view.title}” has no address to print (it goes to ${view.recipientDescription}): hand it over or send it by e-mail, then record how it went.`);
  }
  if (layout === 'labels') {
    const labels = addresses.length ? addresses.map(occupierBlock) : [model.addressee];
    return { fileName: safeFileName(`Address labels — ${view.title}`, 'pdf', 'labels'), mediaType: 'application/pdf', bytes: await writeLabels(labels, `Address labels — ${view.title}`) };
  }
  const bytes = addresses.length > 1 && inWorker ? await inWorker({ model, addresses }, view.caseId, view.title) : await writePdf(addresses.length ? lettersFor({ model, addresses }) : [model], { window: true });
  return { fileName: safeFileName(`For window envelopes — ${view.title}`, 'pdf', 'letters'), mediaType: 'application/pdf', bytes };
}
