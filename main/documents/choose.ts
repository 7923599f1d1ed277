import { actionLabel } from '../../shared/domain/action-kinds';
import { AGENCIES, CASE_STATUSES, labelOf, PARTY_ROLES, type PartyRole } from '../../shared/domain/vocabulary';
import { AppError } from '../../shared/result';
import type { ActionView } from '../../shared/schemas/actions';
import type { PartyView } from '../../shared/schemas/cases';
import type { DocumentRequest, FrontMatter, RecipientOption } from '../../shared/schemas/documents';
import { formatDateUK } from '../../shared/time/london';
import type { ReferralRow } from '../db/queries/timeline';
import { applicantOptions } from './applicant';
import type { CaseData } from './case-data';

/**
 * Which templates fit a case's state, and who each can go to (issue 6 §6): warnings only with an alleged
 * perpetrator and the warning recorded as an action, ABC letters only with an ABC, the closure letter only
 * when closure is proposed or done, and so on — read from each template's `when` and `recipient`.
 *
 * Decision (issue 6 "decide and document"): a warning LETTER needs the written-warning ACTION on the case.
 * The action is where P5.4's recorded confirmation is enforced (main/actions), so a letter can never be the
 * way round that guard; and the letter takes its behaviour, tenancy clause and live period from it.
 */

export const PERPETRATOR_ROLES: readonly PartyRole[] = ['alleged-perpetrator', 'household-member', 'visitor'];
const COMPLAINANT_ROLES: readonly PartyRole[] = ['complainant', 'victim'];
const STATEMENT_ROLES: readonly PartyRole[] = ['complainant', 'victim', 'witness'];

const named = (p: PartyView) => !p.anonymous && p.name.trim().length > 0;
const liveActions = (data: CaseData, kinds: readonly string[]) => data.actions.filter((a) => kinds.includes(a.kind) && a.status !== 'withdrawn');
export const agreedPlan = (data: CaseData) => data.plans.plans.find((p) => p.agreedAt !== null) ?? null;

function needsOf(p: PartyView): string[] {
  const n = p.formatNeeds;
  return [
    n.interpreter ? `an interpreter (${n.interpreter})` : '',
    n.signer ? 'a British Sign Language interpreter' : '',
    n.braille ? 'Braille' : '',
    n.audio ? 'audio' : '',
  ].filter(Boolean);
}

function partyOption(p: PartyView, extra: Partial<RecipientOption> = {}): RecipientOption {
  return {
    partyId: p.id,
    actionId: null,
    referralId: null,
    label: `${p.name} (${labelOf(PARTY_ROLES, p.role).toLowerCase()})`,
    role: p.role,
    largePrint: p.formatNeeds.largePrint,
    easyRead: p.formatNeeds.easyRead,
    needs: needsOf(p),
    ...extra,
  };
}

/** Issue 20: who the case summary for an ASB case review goes to: the body leading it, once recorded. */
export const reviewPanelName = (data: CaseData) => `${data.caseReview?.review?.leadBody ?? 'The relevant bodies'} (the ASB case review panel)`;

const referralName = (r: ReferralRow) => r.agencyName || labelOf(AGENCIES, r.agency);

/** Who the template can go to on this case; empty when nobody fits. */
export function recipientOptions(front: FrontMatter, data: CaseData, signerName: string): RecipientOption[] {
  const parties = data.parties.filter(named);
  switch (front.recipient) {
    case 'complainant':
      return parties.filter((p) => COMPLAINANT_ROLES.includes(p.role)).map((p) => partyOption(p));
    case 'party':
      return parties.map((p) => partyOption(p));
    case 'subject': {
      if (!front.when.actions.length) return parties.filter((p) => PERPETRATOR_ROLES.includes(p.role)).map((p) => partyOption(p));
      return liveActions(data, front.when.actions).flatMap((a) => {
        const p = parties.find((x) => x.id === a.subjectPartyId);
        return p ? [partyOption(p, { actionId: a.id, label: `${p.name} — ${a.label.toLowerCase()} of ${formatDateUK(a.startedOn)}` })] : [];
      });
    }
    case 'agency':
      return data.referrals.map((r) => ({ partyId: null, actionId: null, referralId: r.id, label: `${referralName(r)} — referral of ${formatDateUK(r.at)}`, role: 'agency', largePrint: false, easyRead: false, needs: [] }));
    case 'residents':
      return [{ partyId: null, actionId: null, referralId: null, label: 'Every address in a list (one letter each)', role: 'residents', largePrint: false, easyRead: false, needs: [] }];
    case 'court': {
      const action = liveActions(data, front.when.actions).at(-1) ?? null;
      const makers = parties.filter((p) => STATEMENT_ROLES.includes(p.role)).map((p) => partyOption(p, { actionId: action?.id ?? null, label: `${p.name} (${labelOf(PARTY_ROLES, p.role).toLowerCase()}) makes the statement` }));
      return [...makers, { partyId: null, actionId: action?.id ?? null, referralId: null, label: `${signerName} (officer) makes the statement`, role: 'officer', largePrint: false, easyRead: false, needs: [] }];
    }
    case 'review-panel':
      return data.caseReview ? [{ partyId: null, actionId: null, referralId: null, label: reviewPanelName(data), role: 'review-panel', largePrint: false, easyRead: false, needs: [] }] : [];
    case 'applicant':
      return applicantOptions(data, (id) => {
        const p = parties.find((x) => x.id === id);
        return p ? partyOption(p) : null;
      });
  }
}

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
const list = (words: string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/** Whether the case's state fits the template, and if not, what is missing, in a sentence. */
export function fitOf(front: FrontMatter, data: CaseData, options: readonly RecipientOption[]): { fits: boolean; reason: string | null } {
  const w = front.when;
  if (w.status.length && !w.status.includes(data.header.status)) {
    return { fits: false, reason: `Only when the case is ${list(w.status.map((s) => labelOf(CASE_STATUSES, s).toLowerCase()))}.` };
  }
  if (w.actions.length && liveActions(data, w.actions).length === 0) {
    return { fits: false, reason: `Needs ${list(w.actions.map((k) => withArticle(actionLabel(k).replace(/\s*\(.*\)$/, '').toLowerCase())))} recorded on the case first.` };
  }
  if (w.parties.length && !data.parties.some((p) => w.parties.includes(p.role))) {
    return { fits: false, reason: `Needs ${list(w.parties.map((r) => withArticle(labelOf(PARTY_ROLES, r).toLowerCase())))} on the case.` };
  }
  if (front.recipient === 'subject' && !data.parties.some((p) => PERPETRATOR_ROLES.includes(p.role))) return { fits: false, reason: 'Needs an alleged perpetrator on the case.' };
  if (w.plan && !agreedPlan(data)) return { fits: false, reason: 'Needs an agreed action plan.' };
  if (w.referral && data.referrals.length === 0) return { fits: false, reason: 'Needs a referral recorded on the case first.' };
  if (w.caseReview && !data.caseReview) return { fits: false, reason: 'Needs an ASB case review application recorded on the case first.' };
  if (options.length === 0) {
    const reason =
      front.recipient === 'complainant'
        ? 'There is no named complainant or victim on the case to send it to.'
        : front.recipient === 'subject'
          ? 'The action has no named person it is against.'
          : front.recipient === 'applicant'
            ? 'The applicant is recorded on the case without a name, so there is nobody to write to.'
            : 'There is nobody on the case to send it to.';
    return { fits: false, reason };
  }
  return { fits: true, reason: null };
}

/** What one request resolves to: the recipient, and the action or referral the document is about. */
export interface Selection {
  option: RecipientOption;
  party: PartyView | null;
  action: ActionView | null;
  referral: ReferralRow | null;
}

export function resolveSelection(front: FrontMatter, data: CaseData, request: Pick<DocumentRequest, 'partyId' | 'actionId' | 'referralId'>, signerName: string): Selection {
  const options = recipientOptions(front, data, signerName);
  const fit = fitOf(front, data, options);
  if (!fit.fits) throw new AppError('guard', `“${front.title}” does not fit this case yet. ${fit.reason}`);
  let chosen: RecipientOption[];
  if (front.recipient === 'agency') chosen = options.filter((o) => request.referralId === null || o.referralId === request.referralId);
  else if (front.recipient === 'residents') chosen = options;
  else if (front.recipient === 'court') chosen = options.filter((o) => o.partyId === request.partyId);
  else chosen = options.filter((o) => (request.partyId === null || o.partyId === request.partyId) && (request.actionId === null || o.actionId === request.actionId));
  if (chosen.length === 0) {
    throw new AppError('bad-input', `“${front.title}” cannot go to that person on this case. It can go to: ${options.map((o) => o.label).join('; ')}.`);
  }
  // Several warnings against the same person: the latest unless one is named.
  const option = chosen.at(-1)!;
  if (chosen.length > 1 && front.recipient !== 'subject' && front.recipient !== 'agency') {
    throw new AppError('bad-input', `Say who “${front.title}” goes to: ${chosen.map((o) => o.label).join('; ')}.`);
  }
  return {
    option,
    party: data.parties.find((p) => p.id === option.partyId) ?? null,
    action: data.actions.find((a) => a.id === option.actionId) ?? null,
    referral: data.referrals.find((r) => r.id === option.referralId) ?? null,
  };
}
