import { needsTime } from '../../shared/standards/deemed-service';
import { SERVICE_STEP_WORDS } from '../../shared/court/service-methods';
import type { ParsedInput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/result';
import type { CourtPaper, CourtPaperView } from '../../shared/schemas/court-papers';
import type { ReadableDB, WritableDB } from '../db/connection';
import { getParty } from '../db/queries/parties';
import { getDocument } from '../documents/store';
import { deemedOf, finaliseCourtPaper, getCourtPaper, insertCourtPaper, updateCourtPaper } from './store';

/**
 * The life of a court paper (issue 15): saved as a draft as often as needed, then finalised — locked and
 * signed on a date — and taken by a bundle only then. A certificate must give what the deemed date of
 * service turns on (the time, for delivery, personal service and e-mail) and cannot certify service on a
 * day still to come.
 */
interface Writer {
  db: WritableDB;
  user: { id: number };
  at: string;
  today: string;
}

export function saveCourtPaper(w: Writer, input: ParsedInput<'paper:save'>): CourtPaperView {
  if (input.paper.kind === 'service-certificate') checkCertificate(w.db, input.caseId, input.paper.fields, w.today);
  if (input.paperId === null) return getCourtPaper(w.db, insertCourtPaper(w.db, input.caseId, input.paper, w.user.id, w.at))!;
  const p = paperOnCase(w.db, input.caseId, input.paperId);
  if (p.paper.kind !== input.paper.kind) throw new AppError('bad-input', `That paper is a ${p.title.toLowerCase()}, not a ${input.paper.kind.replace('-', ' ')}. Reload the case.`);
  if (p.status === 'final') throw new AppError('bad-input', `${p.title} is finalised and locked. Start a new one to change it.`);
  updateCourtPaper(w.db, p.id, input.paper, w.user.id, w.at);
  return getCourtPaper(w.db, p.id)!;
}

export function finaliseCourtPaperOf(w: Writer, input: ParsedInput<'paper:finalise'>): CourtPaperView {
  const p = paperOnCase(w.db, input.caseId, input.paperId);
  if (p.status === 'final') throw new AppError('bad-input', `${p.title} is already finalised.`);
  if (input.signedOn > w.today) throw new AppError('bad-input', 'The date it is signed is in the future. Give the date it is signed.');
  let deemedOn: string | null = null;
  if (p.paper.kind === 'service-certificate') {
    checkCertificate(w.db, input.caseId, p.paper.fields, w.today);
    if (input.signedOn < p.paper.fields.stepOn) throw new AppError('bad-input', 'The certificate is signed before the document was served. Give the date it is signed, on or after the day of service.');
    deemedOn = deemedOf(p.paper.fields)!.on;
  }
  finaliseCourtPaper(w.db, p.id, input.signedOn, deemedOn, w.user.id, w.at);
  return getCourtPaper(w.db, p.id)!;
}

function paperOnCase(db: ReadableDB, caseId: number, id: number): CourtPaperView {
  const p = getCourtPaper(db, id);
  if (!p || p.caseId !== caseId) throw new AppError('bad-input', 'That court paper is not on this case. Reload the case.');
  return p;
}

function checkCertificate(db: ReadableDB, caseId: number, f: Extract<CourtPaper, { kind: 'service-certificate' }>['fields'], today: string): void {
  const party = getParty(db, f.servedOnPartyId, today);
  if (!party || party.caseId !== caseId) throw new AppError('bad-input', 'The person served is not part of this case. Choose them from the case’s people.');
  if (f.documentId !== null) {
    const doc = getDocument(db, f.documentId);
    if (!doc || doc.view.caseId !== caseId) throw new AppError('bad-input', 'The document served is not one made on this case. Choose it from the case’s documents.');
  }
  if (f.stepOn > today) throw new AppError('bad-input', `The day it was ${SERVICE_STEP_WORDS[f.method]} is in the future. A certificate records service that has happened.`);
  if (needsTime(f.method) && !f.stepAt) {
    throw new AppError('bad-input', `Give the time it was ${SERVICE_STEP_WORDS[f.method]}: served on a business day before 4.30pm it is deemed served that day, otherwise the next business day (CPR 6.26).`);
  }
}
