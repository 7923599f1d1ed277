import { type Act, ACTS, CATEGORIES, labelOf, PARTY_ROLES } from '../../shared/domain/vocabulary';
import { EASY_ACTS } from '../../shared/documents/easy-read';
import { AppError } from '../../shared/result';
import type { ActionView } from '../../shared/schemas/actions';
import type { PartyView } from '../../shared/schemas/cases';
import type { FrontMatter, Slot } from '../../shared/schemas/documents';
import { addWorkingDays } from '../../shared/standards/calendar';
import { formatDateTimeUK, formatDateUK } from '../../shared/time/london';
import type { SessionUser } from '../security/session';
import { applicantOnly } from './applicant';
import type { CaseData } from './case-data';
import { agreedPlan, type Selection } from './choose';
import type { LetterContext } from './context-shape';
import { referralFields } from './referral-fields';
import { caseReviewFields } from './case-review-fields';
import { addDays } from '../../shared/time/days';
import { localDateOf } from '../../shared/time/london';
import { noticeText, translationFor } from '../../shared/languages/interpreter-notices';

/**
 * The data a template sees for one case and one recipient (the fields of templates/README.md), and the
 * free-text slots with their defaults. Dates are written as people in the UK read them (21/11/2026).
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const longDate = (isoDay: string) => {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const day = (iso: string | null | undefined) => (iso ? formatDateUK(iso.length === 10 ? iso : localDateOf(new Date(iso))) : null);
const time = (iso: string) => formatDateTimeUK(iso).slice(11);
const sentenceCase = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The case's category as it reads after "a report of". */
const CATEGORY_WORDS: Record<string, string> = { harassment: 'harassment', 'hate-incident': 'a hate incident', asb: 'anti-social behaviour', 'domestic-abuse': 'domestic abuse' };

export const SIGNER_TITLES: Record<SessionUser['role'], string> = { officer: 'Case Officer', admin: 'Case Officer', legal: 'Legal Officer', manager: 'Neighbourhood Manager' };

/** "4 Elm Road" → "Elm Road": a street without the house, so residents' letters never point at a home. */
export function streetOf(address: string): string {
  const first = address.split(/[,\n]/)[0]?.trim() ?? '';
  return first.replace(/^(flat|apartment|unit)\s+\S+\s*/i, '').replace(/^\d+[a-z]?\s+/i, '').trim();
}

export function areaOf(data: CaseData): string {
  const { estate, address } = data.header.location;
  if (estate) return /^the\s/i.test(estate) ? estate : `the ${estate}`;
  return streetOf(address);
}

export function addressLines(address: string, postcode: string): string[] {
  const lines = address
    .split(/[,\n]/)
    .map((l) => l.trim())
    .filter(Boolean);
  const pc = postcode.trim();
  if (pc && !lines.some((l) => l.replace(/\s/g, '').toUpperCase().includes(pc.replace(/\s/g, '').toUpperCase()))) lines.push(pc);
  return lines;
}

function relationTo(subject: PartyView, recipient: PartyView | null): string | null {
  if (!recipient || subject.id === recipient.id) return null;
  if (subject.role === 'visitor') return 'a visitor to your home';
  return 'a member of your household';
}

function actionFields(a: ActionView, data: CaseData) {
  const d = a.details as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const reviewWeeks = typeof d.reviewEveryWeeks === 'number' ? d.reviewEveryWeeks : null;
  const reviewDates: string[] = [];
  if (reviewWeeks) {
    for (let n = 1, date = addDays(a.startedOn, 7 * reviewWeeks); reviewDates.length < 3 && n < 60; n += 1, date = addDays(a.startedOn, 7 * reviewWeeks * n)) {
      if (date > data.today && (!a.expiresOn || date <= a.expiresOn)) reviewDates.push(formatDateUK(date));
    }
  }
  return {
    label: a.label,
    startedOn: formatDateUK(a.startedOn),
    expiresOn: a.expiresOn ? formatDateUK(a.expiresOn) : null,
    behaviour: typeof d.behaviour === 'string' ? d.behaviour : null,
    tenancyClause: typeof d.tenancyClause === 'string' ? d.tenancyClause : null,
    liveMonths: typeof d.livePeriodMonths === 'number' ? d.livePeriodMonths : null,
    prohibitions: strings(d.prohibitions),
    requirements: [...strings(d.positiveRequirements), ...strings(d.requirements)],
    guardian: typeof d.guardianName === 'string' ? d.guardianName : null,
    agencies: strings(d.agencies),
    durationMonths: typeof d.durationMonths === 'number' ? d.durationMonths : null,
    reviewWeeks,
    reviewDates,
    breaches: a.events.filter((e) => e.kind === 'breach').map((e) => ({ date: day(e.at), summary: e.summary })),
  };
}

/** Defaults made from the case ('next-contact-date' …); anything else in `default` is literal text. */
function slotDefault(slot: Slot, data: CaseData, ctx: LetterContext, sel: Selection, signerTitle: string): string {
  const plusWorking = (n: number) => formatDateUK(addWorkingDays(data.today, n));
  switch (slot.default) {
    case 'today':
      return formatDateUK(data.today);
    case 'in-5-working-days':
      return plusWorking(5);
    case 'in-10-working-days':
      return plusWorking(10);
    case 'next-contact-date': {
      const due = data.dueItems
        .filter((i) => i.state === 'pending' && ['officer-contact', 'regular-contact', 'interview'].includes(i.ruleId))
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
      return due ? day(due.dueAt)! : plusWorking(5);
    }
    case 'incident-summary':
      return data.incidents.map((i) => `On ${day(i.occurredAt)} at ${time(i.occurredAt)}: ${i.acts.length ? i.acts.map((a) => labelOf(ACTS, a).toLowerCase()).join('; ') : 'an incident was reported'}.`).join('\n\n');
    case 'partner-office':
      return data.partner.address ? `our office, ${data.partner.address}` : 'our office';
    case 'next-abc-review':
      return ctx.action.reviewDates?.[0] ?? plusWorking(20);
    case 'abc-breach-summary': {
      const last = ctx.action.breaches?.at(-1);
      return last ? `On ${last.date}: ${last.summary}` : '';
    }
    case 'review-outcome':
      return data.plans.reviews[0]?.outcome ?? '';
    case 'referral-support':
      return sel.referral?.supportOffered ?? '';
    case 'case-area':
      return areaOf(data);
    case 'area-message': {
      const letter = data.actions.filter((a) => a.kind === 'area-letter').at(-1);
      const message = letter && typeof letter.details.message === 'string' ? letter.details.message : '';
      if (message) return message;
      const acts = [...new Set(data.incidents.flatMap((i) => i.acts))].map((a) => labelOf(ACTS, a).toLowerCase());
      return `We have received reports of ${acts.length ? acts.join(', ') : 'harassment'} in ${areaOf(data)}. We want it to stop, and we need your help.`;
    }
    case 'witness-occupation':
      return sel.party ? '' : `${signerTitle}, employed by the Claimant, ${data.partner.name}`;
    case 'court-name': {
      const court = sel.action && typeof sel.action.details.court === 'string' ? sel.action.details.court : '';
      return (court || 'County Court').toUpperCase();
    }
    case 'claim-number': {
      const d = sel.action?.details ?? {};
      return typeof d.claimNumber === 'string' ? d.claimNumber : typeof d.caseNumber === 'string' ? d.caseNumber : '';
    }
    case 'how-taken':
      return sel.party
        ? `This statement was prepared by ${ctx.signer.name} of ${data.partner.name} from what I told them, in English, and I have read it and checked it before signing it.`
        : 'I prepared this statement myself from my own notes and the case records, which I made or read at the time.';
    case 'exhibit-labels':
      return data.evidence
        .filter((e) => e.usableInBundle)
        .map((e) => e.exhibitLabel)
        .join(', ');
    default:
      return slot.default;
  }
}

export interface BuiltContext {
  context: LetterContext;
  /** The slots as filled in (defaults where the request left them out), by id. */
  slots: Record<string, string>;
}

/**
 * The letterhead: the address lines (typed with commas or new lines) and the postcode as one comma-separated
 * line, as the letterhead splits it; letters are signed for the partner's legal name unless another is set.
 */
function partnerFields(p: CaseData['partner']): LetterContext['partner'] {
  const lines = p.address.split(/[\n,]/).map((l) => l.trim()).filter(Boolean);
  const postcode = p.postcode.trim();
  if (postcode && !lines.at(-1)?.toUpperCase().endsWith(postcode.toUpperCase())) lines.push(postcode);
  return { code: p.code, name: p.name, address: lines.join(', '), phone: p.phone, email: p.email, website: p.website, signedFor: p.signedFor.trim() || p.name };
}

/** Normalises a date typed in a slot: 2026-11-21 becomes 21/11/2026; anything else stays as written. */
const slotDate = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? formatDateUK(v.trim()) : v.trim());

export function buildContext(front: FrontMatter, data: CaseData, sel: Selection, user: SessionUser, requested: Record<string, string>): BuiltContext {
  const { header, partner } = data;
  const recipient = sel.party;
  const applicant = applicantOnly(front, data, recipient);
  const signerTitle = SIGNER_TITLES[user.role];
  const about = sel.action && typeof sel.action.details.aboutPartyId === 'number' ? (data.parties.find((p) => p.id === sel.action!.details.aboutPartyId) ?? null) : null;
  const subject = about ?? (front.recipient === 'subject' ? recipient : null) ?? (sel.action ? (data.parties.find((p) => p.id === sel.action!.subjectPartyId) ?? null) : null);
  const plan = agreedPlan(data);
  const review = data.plans.reviews[0] ?? null;
  const closure = data.closure;
  const appealEnds = closure.appealWindowEndsOn ?? addWorkingDays(data.today, data.appealWindowWorkingDays);
  const maker = front.recipient === 'court' ? sel.party : null;
  const courtAction = sel.action;

  const context: LetterContext = {
    today: formatDateUK(data.today),
    todayLong: longDate(data.today),
    case: {
      ref: header.ref,
      category: CATEGORY_WORDS[header.category] ?? sentenceCase(labelOf(CATEGORIES, header.category)),
      received: day(header.receivedAt),
      receivedLong: longDate(localDateOf(new Date(header.receivedAt))),
      area: areaOf(data),
      hate: header.hateIncident,
    },
    partner: partnerFields(partner),
    officer: { name: header.owner?.name ?? user.displayName },
    signer: { name: user.displayName, title: signerTitle },
    recipient: recipient
      ? { name: recipient.name, address: addressLines(recipient.address, recipient.postcode).join(', '), postcode: recipient.postcode, role: recipient.role, roleLabel: labelOf(PARTY_ROLES, recipient.role).toLowerCase() }
      : applicant
        ? { name: applicant.name, address: addressLines(applicant.address, applicant.postcode).join(', '), postcode: applicant.postcode, role: 'applicant', roleLabel: 'applicant' }
        : {},
    subject: subject ? { name: subject.name, relation: relationTo(subject, recipient) } : {},
    incidents: data.incidents.map((i) => ({
      date: day(i.occurredAt),
      time: time(i.occurredAt),
      acts: i.acts.map((a) => labelOf(ACTS, a).toLowerCase()).join('; '),
      plainActs: plainActs(i.acts),
      description: i.description,
      location: i.location,
    })),
    action: sel.action ? actionFields(sel.action, data) : {},
    plan: plan
      ? {
          version: plan.version,
          agreedOn: day(plan.agreedAt),
          agreedWith: plan.agreedWith,
          summary: plan.summary,
          contactDays: plan.contactIntervalDays ?? 15,
          actions: plan.actions.map((a) => ({ what: a.what, who: a.who, by: a.byDate ? formatDateUK(a.byDate) : 'Ongoing' })),
        }
      : {},
    review: review ? { date: day(review.at), outcome: review.outcome } : {},
    closure: {
      outcome: closure.proposal?.outcome.replace(/-/g, ' ') ?? null,
      reason: closure.proposal?.reason ?? null,
      proposedOn: day(closure.proposal?.proposedAt),
      appealEnds: formatDateUK(appealEnds),
      appealDays: data.appealWindowWorkingDays,
      closedOn: day(closure.closedAt),
      proposed: closure.status === 'closure-proposed',
      closed: closure.status === 'closed',
    },
    referral: referralFields(sel, data),
    caseReview: caseReviewFields(data),
    witness:
      front.recipient === 'court'
        ? maker
          ? {
              name: maker.name,
              initials: initials(maker.name),
              surname: maker.name.trim().split(/\s+/).at(-1) ?? maker.name,
              // Witnesses in ASB cases give the landlord's address, not their home (they are protected).
              address: `c/o ${partner.name}${partner.address ? `, ${partner.address}` : ''}`,
              role: maker.role,
              relation:
                maker.role === 'complainant' ? 'the person who reported the behaviour described below' : maker.role === 'victim' ? 'a person affected by the behaviour described below' : 'a witness to the events I describe',
            }
          : { name: user.displayName, initials: initials(user.displayName), surname: user.displayName.trim().split(/\s+/).at(-1) ?? '', address: `${partner.name}${partner.address ? `, ${partner.address}` : ''}`, role: 'officer', relation: 'an officer of the Claimant' }
        : {},
    court: courtAction
      ? {
          name: typeof courtAction.details.court === 'string' ? courtAction.details.court : null,
          claim: typeof courtAction.details.claimNumber === 'string' ? courtAction.details.claimNumber : null,
          claimant: partner.name.toUpperCase(),
          respondent: (data.parties.find((p) => p.id === courtAction.subjectPartyId)?.name ?? '').toUpperCase() || null,
        }
      : {},
    exhibits: [],
    format: recipient ? { interpreter: recipient.formatNeeds.interpreter, signer: recipient.formatNeeds.signer, largePrint: recipient.formatNeeds.largePrint, easyRead: recipient.formatNeeds.easyRead, ...noticeFields(recipient.formatNeeds.interpreter, data) } : {},
    slots: {},
  };

  const slots: Record<string, string> = {};
  for (const slot of front.slots) {
    const given = requested[slot.id];
    let value = given !== undefined ? given : slotDefault(slot, data, context, sel, signerTitle);
    if (slot.kind === 'date') value = slotDate(value);
    value = value.trim();
    if (slot.required && !value) throw new AppError('bad-input', `Fill in “${slot.label}” for “${front.title}”.`);
    if (value.length > slot.max) throw new AppError('bad-input', `“${slot.label}” can be at most ${slot.max.toLocaleString('en-GB')} characters.`);
    slots[slot.id] = value;
  }
  const unknown = Object.keys(requested).filter((k) => !front.slots.some((s) => s.id === k));
  if (unknown.length) throw new AppError('bad-input', `“${front.title}” has no ${unknown.map((u) => `“${u}”`).join(' or ')} to fill in. Its slots are: ${front.slots.map((s) => s.id).join(', ') || 'none'}.`);
  context.slots = slots;

  if (front.recipient === 'court') {
    const wanted = (slots.exhibits ?? '')
      .split(/[,;]/)
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    context.exhibits = data.evidence
      .filter((e) => wanted.includes(e.exhibitLabel.toLowerCase()))
      .map((e) => ({ label: e.exhibitLabel, description: e.description || e.fileName, obtained: formatDateUK(e.obtainedOn) }));
    const missing = wanted.filter((w) => !data.evidence.some((e) => e.exhibitLabel.toLowerCase() === w));
    if (missing.length) throw new AppError('bad-input', `There is no exhibit ${missing.join(', ')} on this case.`);
  }
  return { context, slots };
}

/** Easy Read's words for each act ("shouting or saying nasty things"); one entry when none was recorded. */
function plainActs(acts: readonly string[]): string[] {
  const words = [...new Set(acts.map((a) => EASY_ACTS[a as Act] ?? labelOf(ACTS, a).toLowerCase()))];
  return words.length ? words : ['something that upset people'];
}

/** The interpreter notice in the recorded language (issue 19), from the workspace's current translations. */
function noticeFields(language: string | null, data: CaseData): { noticeText?: string; noticeLang?: string; noticeDir?: string } {
  const t = language ? translationFor(language, data.noticeTranslations) : null;
  if (!t) return {};
  const phone = data.partner.phone || data.partner.name;
  // In right-to-left text the number is isolated as left-to-right (U+2066 … U+2069) with no-break spaces,
  // so it reads 0300 456 2233 on one line, not 2233 456 0300.
  return { noticeText: noticeText(t.text, t.dir === 'rtl' ? `\u2066${phone.replace(/ /g, '\u00a0')}\u2069` : phone), noticeLang: t.code, noticeDir: t.dir };
}

export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}
