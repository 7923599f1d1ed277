import { AppError } from '../../shared/result';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { StatementView } from '../../shared/schemas/statements';
import type { ReadableDB, WritableDB } from '../db/connection';
import { getCaseHeader } from '../db/queries/cases';
import { getParty } from '../db/queries/parties';
import { getEvidence } from '../evidence/store';
import { initialsOf } from '../evidence/intake';
import { finaliseVersion, getStatement, insertDraftVersion, insertStatement, nextStatementNumber, updateDraftVersion, type VersionFields } from './store';

/**
 * The rules of a statement's life (issue 15): drafted (as often as needed), then finalised — locked,
 * dated, saying how it was taken — and changed after that only as a new version. A statement in another
 * language cannot be finalised without its English translation and the translator's certificate. The
 * proposal from the record is main/bundles/propose-statement.ts (it reads what a bundle reads).
 */
interface Writer {
  db: WritableDB;
  user: { id: number };
  at: string;
  today: string;
}

export function saveStatement(w: Writer, input: ParsedInput<'statement:save'>): StatementView {
  const fields: VersionFields = { body: input.body, language: input.language, howTaken: input.howTaken, exhibits: input.exhibits, translation: isEnglish(input.language) ? null : input.translation };
  if (input.statementId !== null) {
    const s = statementOnCase(w.db, input.caseId, input.statementId);
    checkExhibits(w.db, input.caseId, s.initials, s.makerName, fields.exhibits);
    const latest = s.versions[0];
    if (latest?.status === 'draft') updateDraftVersion(w.db, s.id, latest.version, fields, w.user.id, w.at);
    else insertDraftVersion(w.db, s.id, (latest?.version ?? 0) + 1, fields, w.user.id, w.at);
    return getStatement(w.db, s.id)!;
  }
  const maker = makerOf(w.db, input.caseId, input.maker, w.today);
  checkExhibits(w.db, input.caseId, maker.initials, maker.name, fields.exhibits);
  const number = nextStatementNumber(w.db, input.caseId, { userId: maker.userId, partyId: maker.partyId });
  const id = insertStatement(w.db, { caseId: input.caseId, makerUserId: maker.userId, makerPartyId: maker.partyId, makerName: maker.name, initials: maker.initials, number, by: w.user.id, at: w.at });
  insertDraftVersion(w.db, id, 1, fields, w.user.id, w.at);
  return getStatement(w.db, id)!;
}

export function finaliseStatement(w: Writer, input: ParsedInput<'statement:finalise'>): StatementView {
  const s = statementOnCase(w.db, input.caseId, input.statementId);
  const draft = s.versions[0];
  if (!draft || draft.status !== 'draft') throw new AppError('bad-input', `${s.title} has no draft to finalise: version ${draft?.version ?? 1} is already final. Save a change to start a new version.`);
  if (input.signedOn > w.today) throw new AppError('bad-input', 'The date the witness signs the statement is in the future. Give the date they sign it.');
  if (!draft.howTaken) throw new AppError('bad-input', 'Say how the statement was taken before finalising it (PD 32 para 18.2), e.g. “I wrote this statement myself from the case records” or “taken in a meeting through an interpreter in Arabic”.');
  if (!isEnglish(draft.language) && !draft.translation) {
    throw new AppError('bad-input', `The statement is in ${draft.language}: add the English translation, the translator’s name, date and signed certificate, and the statement of truth in ${draft.language} before finalising it (PD 32 paras 20.1, 23.2).`);
  }
  finaliseVersion(w.db, s.id, draft.version, input.signedOn, w.user.id, w.at);
  return getStatement(w.db, s.id)!;
}

const isEnglish = (language: string) => /^english$/i.test(language.trim());

function statementOnCase(db: ReadableDB, caseId: number, id: number): StatementView {
  const s = getStatement(db, id);
  if (!s || s.caseId !== caseId) throw new AppError('bad-input', 'That statement is not on this case. Reload the case.');
  return s;
}

function makerOf(db: ReadableDB, caseId: number, maker: ParsedInput<'statement:save'>['maker'], today: string) {
  if (maker.kind === 'officer') {
    const owner = getCaseHeader(db, caseId)?.owner;
    if (!owner) throw new AppError('bad-input', 'This case has no responsible officer, so there is nobody to make the officer’s statement. Assign an officer on the case first.');
    return { userId: owner.id, partyId: null, name: owner.name, initials: initialsOf(owner.name) };
  }
  const party = getParty(db, maker.partyId, today);
  if (!party || party.caseId !== caseId) throw new AppError('bad-input', 'That person is not part of this case.');
  if (party.anonymous || !party.name) throw new AppError('bad-input', 'A witness statement is made by a named person: record the witness’s name on the case first.');
  return { userId: null, partyId: party.id, name: party.name, initials: initialsOf(party.name) };
}

/** Each witness produces items under their own initials (PD 32 para 11.3): "AH1", "AH2"… once each. */
function checkExhibits(db: ReadableDB, caseId: number, initials: string, name: string, exhibits: VersionFields['exhibits']): void {
  const marks = new Set<string>();
  const items = new Set<number>();
  for (const x of exhibits) {
    const e = getEvidence(db, x.evidenceId);
    if (!e || e.caseId !== caseId) throw new AppError('bad-input', `Exhibit ${x.mark} is not evidence on this case.`);
    if (!x.mark.startsWith(initials)) throw new AppError('bad-input', `${name} produces exhibits under their own initials: mark ${e.exhibitLabel} as ${initials} and a number (e.g. ${initials}1), not ${x.mark}.`);
    if (marks.has(x.mark)) throw new AppError('bad-input', `The mark ${x.mark} is used twice in this statement: give each item its own number.`);
    if (items.has(x.evidenceId)) throw new AppError('bad-input', `${e.exhibitLabel} is produced twice in this statement: give it one mark.`);
    marks.add(x.mark);
    items.add(x.evidenceId);
  }
}
