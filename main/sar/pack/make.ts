import { createHash } from 'node:crypto';
import { KIND_WORDS } from '../../../shared/documents/disclosure';
import { AppError } from '../../../shared/result';
import { LAWFUL_BASIS } from '../../../shared/schemas/disclosures';
import type { ExportFile } from '../../../shared/schemas/reports';
import type { WritableDB, ReadableDB } from '../../db/connection';
import { findPartner } from '../../db/queries/partners';
import { publish } from '../../events/bus';
import type { SessionUser } from '../../security/session';
import { compose, requestOf, type Composed } from '../service';
import { refuseUnreviewedSar } from '../review';
import { exemptionsOf, insertPack } from '../store';
import { writePackPdf } from './pdf';

/**
 * Making the subject access pack (issue 21 item 3). The guard reads the finished words once more, item by
 * item, as the requester: if anything still identifies a third party (a replacement someone typed that
 * names them, say), the pack is refused with what and where, and nothing leaves. A pack made is kept (its
 * bytes and SHA-256) and logged in the disclosure log as given to the requester.
 */
function refuseThirdParties(c: Composed, included: Composed['items']): void {
  for (const item of included) {
    const red = c.cases.find((x) => x.ref === item.caseRef)?.redaction;
    if (!red) continue;
    for (const text of [item.title, item.text, ...item.fields.map(([, v]) => v)]) {
      const f = red.findings(text)[0];
      if (f) throw new AppError('guard', `The pack would give the ${KIND_WORDS[f.kind]} of a third party (“${f.words}”) in “${item.title}”: ${f.reason}. Review the redactions for case ${item.caseRef} and take it out, or record that person’s consent.`);
    }
  }
}

export interface MadePack {
  file: ExportFile;
  pages: number;
  items: number;
  withheld: number;
  /** Writes the pack's record and its disclosure-log row (in the request's transaction). */
  record(db: WritableDB, at: string): number;
}

export async function makePack(db: ReadableDB, user: SessionUser, id: number, today: string): Promise<MadePack> {
  const r = requestOf(db, user, id);
  if (r.kind !== 'access') throw new AppError('bad-input', 'A pack is made for a subject access request; this one is a request for rectification or erasure. Record its decision instead.');
  const c = compose(db, r, today);
  const exempt = exemptionsOf(db, id);
  const included = c.items.filter((i) => !exempt.has(i.key));
  refuseUnreviewedSar(c, exempt);
  refuseThirdParties(c, included);
  const withheld = c.items.filter((i) => exempt.has(i.key)).map((i) => ({ key: i.key, title: `${i.section} (${i.caseRef || 'all cases'})`, exemption: exempt.get(i.key)!.exemption }));
  const partnerName = findPartner(db, r.partner)?.name ?? r.partner;
  const { bytes, pageCount } = await writePackPdf({
    requester: r.name,
    partnerName,
    receivedOn: r.receivedOn,
    madeOn: today,
    items: included,
    withheld,
    thirdParties: c.cases.reduce((n, x) => n + x.redaction.withheld.length, 0),
  });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    file: { fileName: `Subject access ${r.name.replace(/[^\p{L}\p{N} -]/gu, '')} ${today}.pdf`, mediaType: 'application/pdf', bytes: data },
    pages: pageCount,
    items: included.length,
    withheld: withheld.length,
    record(w, at) {
      const packId = insertPack(w, { requestId: id, sha256, pages: pageCount, items: included.length, data, by: user.id, at });
      publish(w, {
        kind: 'information-disclosed',
        what: 'sar-pack',
        title: `${pageCount} pages, ${included.length} items${withheld.length ? `, ${withheld.length} withheld` : ''}`,
        caseId: null,
        source: `sar-pack:${packId}`,
        partyIds: r.partyIds,
        recipient: `${r.name} (the requester)`,
        lawfulBasis: LAWFUL_BASIS.sar,
        approvedBy: user.id,
        at,
      });
      return packId;
    },
  };
}
