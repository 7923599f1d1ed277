import { householdsOf, partyAsReader, protectedPeopleOf } from '../../shared/disclosure/record';
import { type ConsentRecord, describeDisclosures, type Disclosure, findDisclosures, type GuardRecipient, type ProtectedPerson } from '../../shared/documents/disclosure';
import type { DocumentModel } from '../../shared/documents/model';
import { modelPieces, type TextPiece } from '../../shared/documents/plain-text';
import type { ConsentRecipient } from '../../shared/domain/vocabulary';
import { AppError } from '../../shared/result';
import type { DocumentRequest } from '../../shared/schemas/documents';
import { PARTNERS_SCREEN_FIX } from '../../shared/schemas/partners';
import type { SessionUser } from '../security/session';
import type { CaseData } from './case-data';
import { PERPETRATOR_ROLES, resolveSelection, reviewPanelName, type Selection } from './choose';
import { formatDateUK } from '../../shared/time/london';
import { addressLines, buildContext } from './context';
import type { LetterContext } from './context-shape';
import { layoutDocument, type Variant } from './layout';
import { FieldMissing, prepareData, renderSection } from './template-engine';
import type { LoadedTemplate } from './templates';
import { interviewRefusal } from '../../shared/actions/interview-guard';
import { linkedProtectedPeople, linkedReferenceRefusal } from '../../shared/disclosure/counter-allegations';
import type { Reviewable } from '../review/passages';
import type { StoredDecision } from '../review/store';
import { letterScope, reviewLetter } from './letter-review';
import { applicantOnly, applicantReader } from './applicant';

const INTERVIEW_INVITATION = 'interview-invitation';

/**
 * One document from a template and a case: who it goes to, the variant their recorded needs ask for
 * (P8.3), the context, the rendered text, the model, and the disclosure guard's verdict on that model.
 */

/** Words for the fields a letter most often finds empty, so the refusal says what to add to the case. */
const FIELD_WORDS: Record<string, string> = {
  'recipient.address': 'the address of the person it goes to',
  'recipient.name': 'the name of the person it goes to',
  'officer.name': 'the case officer',
  'partner.phone': 'the partner’s telephone number',
  'partner.address': 'the partner’s letterhead address',
  'partner.email': 'the partner’s e-mail address',
  'partner.website': 'the partner’s website',
  'action.behaviour': 'the behaviour the warning is about',
  'action.expiresOn': 'how long the warning stays in place',
  'action.prohibitions': 'what the person agrees not to do',
  'action.startedOn': 'when the contract was signed',
  'plan.agreedOn': 'the date the action plan was agreed',
  'plan.contactDays': 'how often the complainant is contacted',
  'closure.reason': 'the reason for closing the case',
  'closure.appealEnds': 'the last day to appeal',
  'court.respondent': 'the person the court action is against',
  'court.claimant': 'the claimant',
  'witness.name': 'the witness’s name',
  'case.area': 'the estate or street of the case',
};

export interface Rendered {
  template: LoadedTemplate;
  selection: Selection;
  variant: Variant;
  context: LetterContext;
  slots: Record<string, string>;
  model: DocumentModel;
  notes: string[];
  recipient: GuardRecipient;
  /** People the guard does not apply to for this document, with why (a justified referral, P3.14). */
  exemptions: string[];
  /** Their party ids: a reworded passage is checked with the same exemptions as the letter (review-service.ts). */
  exemptIds: number[];
  disclosures: Disclosure[];
  refusal: string | null;
  /** The redaction review of this letter (issue 16): every passage the guard found, with its decision. */
  review: Reviewable[];
  /** Whose decisions they are (letter-review.ts). */
  scope: string;
}

/** What a refusal adds when the passages can be reviewed instead of the letter rewritten. */
export const REVIEW_HINT =
  ' Or open “Review what identifies people” and accept, edit or reword each passage: the letter is then made with those words.';

const AGENCY_CONSENT: Record<string, ConsentRecipient> = {
  police: 'police',
  'social-services': 'social-services',
  'mental-health': 'doctor',
  'victim-support': 'support-agency',
  'specialist-hate-crime': 'support-agency',
  mediation: 'support-agency',
};

function guardRecipient(t: LoadedTemplate, sel: Selection, ctx: LetterContext, data: CaseData): GuardRecipient {
  const p = sel.party;
  switch (t.front.recipient) {
    case 'agency':
      return { partyId: null, role: null, category: AGENCY_CONSENT[sel.referral?.agency ?? ''] ?? 'other', description: String(ctx.referral.name ?? 'the agency'), own: [] };
    case 'residents':
      return { partyId: null, role: null, category: 'other', description: `every resident of ${String(ctx.slots.area ?? ctx.case.area ?? 'the area')}`, own: [] };
    case 'review-panel':
      // Issue 20: the council and the other bodies at the review. A consent naming the lead body covers it.
      return { partyId: null, role: null, category: 'other', description: reviewPanelName(data), own: [] };
    case 'court': {
      // The other side is served what the court gets: the respondent's own details and home are the context.
      const other = data.parties.find((x) => PERPETRATOR_ROLES.includes(x.role));
      return { partyId: null, role: null, category: 'court', description: 'the court (and so the other side)', ...(other ? partyAsReader(other) : { own: [], home: null }) };
    }
    case 'applicant': {
      // Issue 20: a party applicant reads as themselves; one who is not on the case, as applicant.ts says.
      const who = applicantOnly(t.front, data, p);
      return who ? applicantReader(data, who).recipient : partyRecipient(p);
    }
    default:
      return partyRecipient(p);
  }
}

function partyRecipient(p: Selection['party']): GuardRecipient {
  if (!p) return { partyId: null, role: null, category: 'other', description: 'the recipient', own: [] };
  return { partyId: p.id, role: p.role, category: PERPETRATOR_ROLES.includes(p.role) ? 'alleged-perpetrator' : 'other', description: p.name, ...partyAsReader(p) };
}

export function protectedPeople(data: CaseData): ProtectedPerson[] {
  return protectedPeopleOf(data.parties);
}

export function consentRecords(data: CaseData): ConsentRecord[] {
  return data.consents.map((c) => ({ partyId: c.partyId, recipient: c.recipient, recipientName: c.recipientName, writtenOn: c.writtenOn, withdrawnOn: c.withdrawnOn }));
}

/**
 * P3.14: "we may refer cases to social services or to the police without the permission of the
 * complainant, where the situation justifies it" — a referral recorded with its justification lets that
 * one person's identity go to that agency; the document records why.
 */
function exemptionsFor(t: LoadedTemplate, sel: Selection, data: CaseData): { ids: number[]; notes: string[] } {
  if (t.front.recipient === 'review-panel') return applicantExemptions(data);
  const r = sel.referral;
  if (t.front.recipient !== 'agency' || !r || r.consentId !== null || !r.justification || !['police', 'social-services'].includes(r.agency) || r.partyId === null) return { ids: [], notes: [] };
  const who = data.parties.find((p) => p.id === r.partyId)?.name ?? 'the person referred';
  return { ids: [r.partyId], notes: [`${who}'s identity goes to ${r.agency === 'police' ? 'the police' : 'social services'} without their consent, as the referral records: “${r.justification}” (P3.14).`] };
}

/**
 * Issue 20: the applicant asked for the review, so their own details go to the panel with their
 * application; so do the victim's when the application was made for them with their consent (recorded
 * with it). Nobody else's: a witness or another complainant is reviewed like any other passage.
 */
function applicantExemptions(data: CaseData): { ids: number[]; notes: string[] } {
  const a = data.caseReview;
  if (!a) return { ids: [], notes: [] };
  const ids: number[] = [];
  const notes: string[] = [];
  if (a.applicantPartyId !== null) {
    ids.push(a.applicantPartyId);
    notes.push(`${a.applicantName} applied for the review: their details go to the panel with their application.`);
  }
  if (a.onBehalf && a.victimPartyId !== null && a.consentOn !== null) {
    ids.push(a.victimPartyId);
    notes.push(`${a.victimName ?? 'The victim'} consented on ${formatDateUK(a.consentOn)} to the application made for them: their details go to the panel with it.`);
  }
  return { ids, notes };
}

export function checkDisclosure(pieces: readonly TextPiece[], data: CaseData, recipient: GuardRecipient, exempt: readonly number[]): Disclosure[] {
  const own = findDisclosures(
    pieces,
    protectedPeople(data).filter((p) => !exempt.includes(p.id)),
    consentRecords(data),
    recipient,
    data.today,
    householdsOf(data.parties),
  );
  // P4.7 (shared/disclosure/counter-allegations.ts, rules 2 and 3): the linked case's people, from every
  // reader but themselves; a reader with no role here keeps only their own details out of the count.
  const names = data.parties.map((p) => p.name);
  const linked = data.counterCases.flatMap((c) => findDisclosures(pieces, linkedProtectedPeople(c.people, names), c.consents, { ...recipient, role: null }, data.today, householdsOf(data.parties)));
  return [...own, ...linked];
}

function variantFor(t: LoadedTemplate, sel: Selection, request: Pick<DocumentRequest, 'largePrint' | 'easyRead'>, notes: string[]): Variant {
  const p = sel.party;
  const needs = p?.formatNeeds;
  let largePrint = request.largePrint ?? needs?.largePrint ?? false;
  let easyRead = request.easyRead ?? needs?.easyRead ?? false;
  if (request.largePrint === null && needs?.largePrint) notes.push(`Large print (16 pt and up), as ${p!.name}'s recorded need (P8.3).`);
  if (easyRead && !t.easyRead) {
    notes.push(`${p && needs?.easyRead ? `${p.name} has Easy Read recorded, but ` : ''}“${t.front.title}” has no Easy Read version: the standard wording is used. Go through it with them.`);
    easyRead = false;
  } else if (request.easyRead === null && needs?.easyRead) notes.push(`Easy Read, as ${p!.name}'s recorded need (P8.3).`);
  if (largePrint && !t.front.variants.includes('large-print')) {
    notes.push(`“${t.front.title}” has no large-print version.`);
    largePrint = false;
  }
  if (needs?.interpreter) notes.push(`${p!.name} needs an interpreter (${needs.interpreter}): the letter says so at the top. Arrange the interpreter for any meeting or call.`);
  if (needs?.signer) notes.push(`${p!.name} needs a British Sign Language interpreter: the letter says so at the top.`);
  if (needs?.braille) notes.push(`${p!.name} has Braille recorded: send this letter for transcription too.`);
  if (needs?.audio) notes.push(`${p!.name} has audio recorded: arrange an audio version of this letter too.`);
  return { largePrint, easyRead };
}

/** Renders one document for one recipient (for residents' letters: with `addressee` given per address). */
export function renderDocument(
  template: LoadedTemplate,
  data: CaseData,
  request: DocumentRequest,
  user: SessionUser,
  addresseeOverride?: string[],
  decisions: ReadonlyMap<string, StoredDecision> = new Map(),
): Rendered {
  const { front } = template;
  const selection = resolveSelection(front, data, request, user.displayName);
  const applicant = applicantOnly(front, data, selection.party);
  // P4.9: an invitation to interview anyone but the complainant waits for the complainant's agreement.
  const invited = template.id === INTERVIEW_INVITATION ? selection.party : null;
  const notAgreed = invited ? interviewRefusal(invited.role, invited.anonymous ? '' : invited.name, data.interviewAgreement) : null;
  if (notAgreed) throw new AppError('guard', notAgreed);
  const notes: string[] = [];
  const variant = variantFor(template, selection, request, notes);
  const { context, slots } = buildContext(front, data, selection, user, request.slots);
  const section = variant.easyRead && template.easyRead ? template.easyRead : template.standard;

  const fail = (field: string, line: number | null): never => {
    const words = FIELD_WORDS[field];
    const where = line ? ` (template line ${line}${template.source === 'default' ? '' : `, ${template.source}`})` : '';
    // The partner's details are not the officer's to add: say who adds them and where (the renderer links it).
    const fix = field.startsWith('partner.')
      ? `, which is not set for ${data.partner.name}${where}. ${PARTNERS_SCREEN_FIX}`
      : applicant && field.startsWith('recipient.')
        ? `, which was not recorded with ${applicant.name}’s application${where}. They are not on the case: record their address on the application (“Record the applicant’s address” in the case’s ASB case review).`
        : `, which is empty for this case${where}. Add it to the case, then try again.`;
    throw new AppError('bad-input', `“${front.title}” needs ${field}${words ? ` (${words})` : ''}${fix}`);
  };
  for (const field of front.fields) {
    let v: unknown = context;
    for (const part of field.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0)) {
      // The line that uses it, else the front matter's "fields:" line that asks for it.
      const i = section.text.split('\n').findIndex((l) => l.includes(field));
      const declared = template.text.split('\n').findIndex((l) => /^fields:/.test(l));
      fail(field, i >= 0 ? section.firstLine + i : declared >= 0 ? declared + 1 : null);
    }
  }
  let rendered: string;
  try {
    rendered = renderSection(section, prepareData(context));
  } catch (error) {
    if (error instanceof FieldMissing) return fail(error.field, error.line);
    throw error;
  }

  const p = selection.party;
  let addressee: string[] = addresseeOverride ?? [];
  if (!addresseeOverride) {
    if (p) addressee = [p.name, ...addressLines(p.address, p.postcode)];
    else if (applicant) addressee = [applicant.name, ...addressLines(applicant.address, applicant.postcode)];
    else if (front.recipient === 'agency') {
      const name = String(context.referral.name ?? '');
      const lines = (slots.agencyAddress ?? '').split(/\n/).map((l) => l.trim()).filter(Boolean);
      addressee = lines[0]?.toLowerCase() === name.toLowerCase() ? lines : [name, ...lines];
    } else if (front.recipient === 'review-panel') {
      const lead = data.caseReview?.review?.leadBody ?? 'The ASB case review panel';
      const lines = (slots.panelAddress ?? '').split(/\n/).map((l) => l.trim()).filter(Boolean);
      addressee = lines[0]?.toLowerCase() === lead.toLowerCase() ? lines : [lead, ...lines];
    }
  }
  const model = layoutDocument({ front, rendered, ctx: context, variant, addressee, logo: data.partnerLogo });

  const recipient = guardRecipient(template, selection, context, data);
  const exempt = exemptionsFor(template, selection, data);
  const readerNote = applicant ? applicantReader(data, applicant).note : null;
  if (readerNote) notes.push(readerNote);
  // Residents' letters: each address block is that household's own address, never a disclosure.
  const pieces = modelPieces(model).filter((piece) => !(front.recipient === 'residents' && piece.place === 'the address block'));
  const disclosures = checkDisclosure(pieces, data, recipient, exempt.ids);
  const linked = linkedReferenceRefusal(pieces, data.counterCases.map((c) => c.ref));
  const scope = letterScope(request);
  const base = { template, selection, variant, context, slots, notes: [...notes, ...exempt.notes], recipient, exemptions: exempt.notes, exemptIds: exempt.ids, disclosures, scope };
  if (linked || !disclosures.length) return { ...base, model, review: [], refusal: linked ?? null };
  // Issue 16: the passages the guard found go to the review; once each is decided the letter reads as decided.
  const reviewed = reviewLetter(model, (p) => checkDisclosure(p, data, recipient, exempt.ids), decisions, scope, front.recipient === 'residents');
  const open = reviewed.items.some((i) => !i.decision);
  if (!open && !reviewed.remaining.length) return { ...base, model: reviewed.model, review: reviewed.items, refusal: null };
  const refusal = `${describeDisclosures(open ? disclosures : reviewed.remaining, recipient)}${REVIEW_HINT}`;
  return { ...base, model, review: reviewed.items, refusal };
}
