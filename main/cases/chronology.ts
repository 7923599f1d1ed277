import { actionLabel, type ActionKind } from '../../shared/domain/action-kinds';
import { formatDateTimeUK, formatDateUK } from '../../shared/time/london';
import { ACTS, AGENCIES, CONSENT_RECIPIENTS, CONTACT_KINDS, COST_KINDS, type EvidenceType, labelOf, REPORT_METHODS } from '../../shared/domain/vocabulary';
import type { ChronologyItem, ChronologyKind } from '../../shared/schemas/cases';
import { type SendingMethod, sentPhrase } from '../../shared/schemas/sending';
import type { ReadableDB } from '../db/connection';
import { listedFileName } from '../evidence/file-name';
import { parseList } from '../db/queries/json-column';
import { chronologyRows } from './store';
import { listHarassmentJudgements } from '../db/queries/cases';
import { actionResultItems, formatSentItems, interviewAgreementItems, safetyMeasureItems } from './chronology-policy';

/**
 * The chronology: one time-ordered view of everything on a case (DESIGN §3). Each source reads one kind
 * of record; later capabilities (actions, documents, reviews) add a source here and appear everywhere
 * the chronology is shown or printed.
 */
interface Source {
  kind: ChronologyKind;
  load(db: ReadableDB, caseId: number): ChronologyItem[];
}

const pounds = (pence: number) => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const partyName = (name: string | null, anonymous: number | null) => (anonymous ? 'an anonymous person' : (name ?? null));
const withParty = (text: string, name: string | null) => (name ? `${text} — ${name}` : text);

const rows = chronologyRows;

/** A fact recorded by a letter that came back (issue 17): it stays on record, and says it no longer counts. */
const returnedNote = (r: Record<string, string | number | null>) =>
  r.returned_on ? `\nThe letter came back (returned post, ${formatDateUK(String(r.returned_on))}): this no longer counts.` : '';
const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** P7.2 asks about the outcome as well as the handling: the title gives each score that came back. */
function surveyTitle(handling: unknown, outcome: unknown): string {
  const scores = [handling ? `handling ${s(handling as number)} out of 5` : '', outcome ? `outcome ${s(outcome as number)} out of 5` : ''].filter(Boolean);
  return scores.length ? `Feedback survey: satisfaction with the ${scores.join(', with the ')}` : 'Feedback survey offered';
}

export const CHRONOLOGY_SOURCES: Source[] = [
  {
    kind: 'report',
    load: (db, id) =>
      rows(db, 'report', id).map((r) => ({
        kind: 'report',
        id: Number(r.id),
        at: s(r.received_at),
        title: `Report received by ${labelOf(REPORT_METHODS, s(r.method)).toLowerCase()}`,
        detail: s(r.summary),
        by: s(r.by) || null,
        partyId: null,
      })),
  },
  {
    kind: 'incident',
    load: (db, id) =>
      rows(db, 'incidents', id).map((r) => {
        const acts = parseList(s(r.acts)).map((a) => labelOf(ACTS, a));
        return {
          kind: 'incident',
          id: Number(r.id),
          at: s(r.occurred_at),
          // A day given without a time (issue 17) is shown, and put in statements, without one.
          ...(r.occurred_time_known === 0 ? { dateOnly: true } : {}),
          title: acts.length ? `Incident: ${acts.join('; ')}` : 'Incident',
          detail: [s(r.description), r.location ? `Where: ${s(r.location)}` : ''].filter(Boolean).join('\n'),
          by: s(r.by) || null,
          partyId: r.reported_by === null ? null : Number(r.reported_by),
        };
      }),
  },
  {
    kind: 'contact',
    load: (db, id) =>
      rows(db, 'contacts', id).map((r) => ({
        kind: 'contact',
        id: Number(r.id),
        at: s(r.at),
        title: withParty(`${labelOf(CONTACT_KINDS, s(r.kind))} (${r.direction === 'in' ? 'incoming' : 'outgoing'})`, partyName(r.party as string | null, r.anonymous as number | null)),
        detail: s(r.summary) + returnedNote(r),
        by: s(r.by) || null,
        partyId: r.party_id === null ? null : Number(r.party_id),
      })),
  },
  {
    kind: 'interview',
    load: (db, id) =>
      rows(db, 'interviews', id).map((r) => ({
        kind: 'interview',
        id: Number(r.id),
        at: s(r.at),
        title: withParty('Interview', partyName(r.party as string | null, r.anonymous as number | null)),
        detail: s(r.summary),
        by: s(r.by) || null,
        partyId: r.party_id === null ? null : Number(r.party_id),
      })),
  },
  {
    kind: 'referral',
    load: (db, id) =>
      rows(db, 'referrals', id).map((r) => ({
        kind: 'referral',
        id: Number(r.id),
        at: s(r.at),
        title: `Referral to ${s(r.agency_name) || labelOf(AGENCIES, s(r.agency))}`,
        detail: [
          r.support_offered ? `Support offered: ${s(r.support_offered)}` : '',
          r.consent_id ? 'With written consent' : r.justification ? `Without consent: ${s(r.justification)}` : '',
          r.outcome ? `Outcome: ${s(r.outcome)}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
        by: s(r.by) || null,
        partyId: r.party_id === null ? null : Number(r.party_id),
      })),
  },
  {
    kind: 'cost',
    load: (db, id) =>
      rows(db, 'costs', id).map((r) => ({
        kind: 'cost',
        id: Number(r.id),
        at: `${s(r.incurred_on)}T12:00:00.000Z`,
        dateOnly: true,
        title: `Cost: ${pounds(Number(r.amount_pence))} (${labelOf(COST_KINDS, s(r.kind)).toLowerCase()})${r.action_kind ? ` for the ${actionLabel(s(r.action_kind) as ActionKind).toLowerCase()}` : ''}`,
        detail: s(r.description),
        by: s(r.by) || null,
        partyId: null,
      })),
  },
  {
    kind: 'note',
    load: (db, id) =>
      rows(db, 'notes', id).map((r) => ({
        kind: 'note',
        id: Number(r.id),
        at: s(r.at),
        title: 'Note',
        detail: s(r.text),
        by: s(r.by) || null,
        partyId: null,
      })),
  },
  {
    kind: 'evidence',
    load: (db, id) =>
      rows(db, 'evidence', id).map((r) => ({
        kind: 'evidence',
        id: Number(r.id),
        at: s(r.added_at),
        title: `Evidence ${s(r.exhibit_label)} added: ${listedFileName(s(r.file_name), s(r.type) as EvidenceType)}`,
        detail: [s(r.description), `Source: ${s(r.source)}; obtained ${formatDateUK(s(r.obtained_on))}`, r.usable_in_bundle ? '' : `Cannot go in a bundle: ${s(r.unusable_reason)}`]
          .filter(Boolean)
          .join('\n'),
        by: s(r.by) || null,
        partyId: null,
      })),
  },
  {
    kind: 'consent',
    load: (db, id) =>
      rows(db, 'consents', id).map((r) => ({
        kind: 'consent',
        id: Number(r.id),
        at: s(r.recorded_at),
        title: withParty(`Written consent: identity may be shared with ${s(r.recipient_name) || labelOf(CONSENT_RECIPIENTS, s(r.recipient)).toLowerCase()}`, partyName(r.party as string | null, r.anonymous as number | null)),
        detail: [`Given in writing on ${formatDateUK(s(r.written_on))} (${s(r.source)})`, r.purpose ? `Purpose: ${s(r.purpose)}` : '', r.withdrawn_on ? `Withdrawn on ${formatDateUK(s(r.withdrawn_on))}` : '']
          .filter(Boolean)
          .join('\n'),
        by: s(r.by) || null,
        partyId: Number(r.party_id),
      })),
  },
];

export function loadChronology(db: ReadableDB, caseId: number, kinds?: readonly ChronologyKind[]): ChronologyItem[] {
  const wanted = kinds?.length ? new Set(kinds) : null;
  const items = CHRONOLOGY_SOURCES.filter((src) => !wanted || wanted.has(src.kind)).flatMap((src) => src.load(db, caseId));
  // Oldest first, as a court chronology reads; ties keep a stable order by kind then id.
  return items.sort((a, b) => a.at.localeCompare(b.at) || a.kind.localeCompare(b.kind) || a.id - b.id);
}

/** Later capabilities' records in the same view: plans, recorded service facts, actions, closure. */
/** Issue 18 (P3.2): the judgement whether to go on managing a case as harassment, a dated decision. */
CHRONOLOGY_SOURCES.push({
  kind: 'decision',
  load: (db, id) =>
    listHarassmentJudgements(db, id).map((j) => ({
      kind: 'decision' as const,
      id: j.id,
      at: `${j.decidedOn}T12:00:00.000Z`,
      dateOnly: true,
      title: j.continues ? 'Judged to go on as harassment (P3.2)' : 'Judged no longer to be managed as harassment (P3.2)',
      detail: j.reason,
      by: j.decidedBy,
      partyId: null,
      internal: true,
    })),
});

const FACT_TITLES: Record<string, string> = {
  acknowledged: 'Report acknowledged (officer and next contact named)',
  'urgent-response': 'Urgent response made',
  'graffiti-removed': 'Graffiti removed',
  'repair-done': 'Emergency repair done',
  'case-review': 'Case reviewed',
  'survey-offered': 'Feedback survey offered',
  'emergency-steps': 'Emergency steps taken (immediate danger)',
};

CHRONOLOGY_SOURCES.push(
  {
    kind: 'plan',
    load: (db, id) => [
      ...rows(db, 'plans', id).map((r) => ({
        kind: 'plan' as const,
        id: Number(r.id),
        at: s(r.agreed_at) || s(r.created_at),
        title: `Action plan version ${s(r.version)}${r.agreed_at ? ' agreed' : ' drafted'}${r.agreed_with ? ` with ${s(r.agreed_with)}` : ''}`,
        detail: [s(r.summary), r.contact_interval_days ? `Contact every ${s(r.contact_interval_days)} days` : '', r.issued_at ? `Sent to the complainant ${formatDateUK(s(r.issued_at))}` : ''].filter(Boolean).join('\n'),
        by: s(r.by) || null,
        partyId: null,
      })),
      ...rows(db, 'planReviews', id).map((r) => ({
        kind: 'plan' as const,
        id: Number(r.id),
        at: s(r.at),
        title: r.changed_plan ? 'Action plan reviewed: plan changed' : 'Action plan reviewed',
        detail: s(r.outcome),
        by: s(r.by) || null,
        partyId: null,
      })),
    ],
  },
  {
    kind: 'deadline',
    load: (db, id) =>
      rows(db, 'standardFacts', id).map((r) => ({
        kind: 'deadline' as const,
        id: Number(r.id),
        at: s(r.at),
        title: FACT_TITLES[s(r.kind)] ?? s(r.kind),
        detail: s(r.note) + returnedNote(r),
        by: s(r.by) || null,
        partyId: null,
      })),
  },
  {
    kind: 'action',
    load: (db, id) => [
      ...rows(db, 'actions', id).map((r) => ({
        kind: 'action' as const,
        id: Number(r.id),
        at: `${s(r.started_on)}T12:00:00.000Z`,
        dateOnly: true,
        title: withParty(actionLabel(s(r.kind) as ActionKind), (r.subject as string | null) ?? null),
        detail: [r.status !== 'active' ? `Status: ${s(r.status)}` : '', s(r.outcome), r.expires_on ? `Until ${formatDateUK(s(r.expires_on))}` : ''].filter(Boolean).join('\n'),
        by: s(r.by) || null,
        partyId: r.subject_party_id === null ? null : Number(r.subject_party_id),
      })),
      ...rows(db, 'actionEvents', id).map((r) => ({
        kind: 'action' as const,
        id: Number(r.id),
        at: s(r.at),
        title: `${actionLabel(s(r.action_kind) as ActionKind)}: ${s(r.kind)}${r.proven ? ' (proven)' : ''}`,
        detail: [s(r.summary), r.next_hearing_at ? `Next hearing ${formatDateTimeUK(s(r.next_hearing_at))}` : ''].filter(Boolean).join('\n'),
        by: s(r.by) || null,
        partyId: null,
      })),
      // Referring the case to the legal team, and withdrawing it (issue 17): dated steps of the legal work.
      ...rows(db, 'legalReferrals', id).map((r) => ({
        kind: 'action' as const,
        id: Number(r.id),
        at: s(r.at),
        title: r.referred === 1 ? 'Referred to the legal team' : 'Referral to the legal team withdrawn',
        // The Claimant's own procedure, like a P5.4 confirmation: on the case, not in the court's chronology.
        internal: true,
        detail: '',
        by: s(r.by) || null,
        partyId: null,
      })),
      ...rows(db, 'confirmations', id).map((r) => ({
        kind: 'action' as const,
        id: Number(r.id),
        at: `${s(r.on_date)}T12:00:00.000Z`,
        dateOnly: true,
        title: withParty('Confirmation of harassment recorded (P5.4)', (r.party as string | null) ?? null),
        internal: true,
        detail: s(r.detail),
        by: s(r.by) || null,
        partyId: Number(r.party_id),
      })),
    ],
  },
  {
    kind: 'closure',
    load: (db, id) => [
      ...rows(db, 'closures', id).flatMap((r) =>
        [
          { at: s(r.proposed_at), title: `Closure proposed (${s(r.outcome)})`, detail: s(r.reason) },
          r.appeal_offered_on ? { at: `${s(r.appeal_offered_on)}T12:00:00.000Z`, dateOnly: true, title: 'Appeal against closure offered', detail: `Window ends ${formatDateUK(s(r.appeal_window_ends_on))}` } : null,
          r.closed_at ? { at: s(r.closed_at), title: 'Case closed', detail: '' } : null,
          r.withdrawn_at ? { at: s(r.withdrawn_at), title: 'Closure proposal withdrawn', detail: '' } : null,
        ]
          .filter((x): x is { at: string; dateOnly?: boolean; title: string; detail: string } => x !== null)
          .map((x) => ({ kind: 'closure' as const, id: Number(r.id), ...x, by: s(r.by) || null, partyId: null })),
      ),
      ...rows(db, 'appeals', id).map((r) => ({
        kind: 'closure' as const,
        id: Number(r.id),
        at: `${s(r.lodged_on)}T12:00:00.000Z`,
        dateOnly: true,
        title: r.decision ? `Appeal ${r.decision === 'reopen' ? 'upheld: case reopened' : 'refused: closure stands'}` : 'Appeal against closure lodged',
        detail: [s(r.grounds), r.reasons ? `Decision: ${s(r.reasons)}` : ''].filter(Boolean).join('\n'),
        by: null,
        partyId: null,
      })),
      ...rows(db, 'surveys', id).map((r) => ({
        kind: 'closure' as const,
        id: Number(r.id),
        at: `${s(r.completed_on) || s(r.offered_on)}T12:00:00.000Z`,
        dateOnly: true,
        title: surveyTitle(r.satisfaction, r.outcome_satisfaction),
        detail: s(r.comments),
        by: null,
        partyId: null,
      })),
    ],
  },
);

/** Issue 17: ready, or sent how and when, and returned post with its reason. */
function sendingWords(r: Record<string, string | number | null>): string {
  // A statement for the court goes into a bundle, not the post.
  if (!r.sent_at) return r.recipient_role === 'court' ? '' : 'Ready to send: not yet recorded as sent';
  const sent = r.how === 'not-recorded' ? `Sent ${formatDateUK(s(r.sent_on))}` : `Sent ${formatDateTimeUK(s(r.sent_at))} ${sentPhrase(r.how as SendingMethod, s(r.how_detail))}`;
  return r.returned_on ? `${sent}\nReturned ${formatDateUK(s(r.returned_on))}: ${s(r.return_reason)}` : sent;
}

/** Documents (issue 6): every generated letter, contract and statement, with its hash, in the same view. */
CHRONOLOGY_SOURCES.push({
  kind: 'document',
  load: (db, id) =>
    rows(db, 'documents', id).map((r) => ({
      kind: 'document' as const,
      id: Number(r.id),
      at: s(r.created_at),
      title: `Document: ${s(r.title).replace(/ — [A-Z0-9]+-\d{4}-\d+$/, '')} — to ${s(r.recipient_description)}${r.returned_on ? ' (returned post)' : ''}`,
      detail: [
        [r.large_print ? 'Large print' : '', r.easy_read ? 'Easy Read' : ''].filter(Boolean).join(', '),
        `PDF and Word; template ${s(r.template_id)} version ${s(r.template_version)}${r.template_source === 'default' ? '' : ` (${s(r.template_source).replace(/^override:/, 'partner version ')})`}`,
        sendingWords(r),
        `SHA-256 ${s(r.content_hash)}`,
      ]
        .filter(Boolean)
        .join('\n'),
      by: s(r.by) || null,
      partyId: r.recipient_party_id === null ? null : Number(r.recipient_party_id),
    })),
});

/**
 * Court bundles (issue 7): each finished bundle, with its pages and SHA-256, as a document. Their ids are
 * offset so they never collide with letters' ids under the same kind.
 */
export const BUNDLE_CHRONOLOGY_ID_OFFSET = 1_000_000_000;
CHRONOLOGY_SOURCES.push({
  kind: 'document',
  load: (db, id) =>
    rows(db, 'bundles', id).map((r) => ({
      kind: 'document' as const,
      id: BUNDLE_CHRONOLOGY_ID_OFFSET + Number(r.id),
      at: s(r.finished_at) || s(r.started_at),
      title: `Court bundle ${s(r.letter)}${r.based_on ? ' with late additions' : ''}: ${s(r.file_name)}`,
      detail: [`${s(r.page_count)} pages, PDF with its index as Word`, `SHA-256 ${s(r.sha256)}`].join('\n'),
      by: s(r.by) || null,
      partyId: null,
    })),
});

/** Issue 18's records (P4.9, P5.10, P5.17–5.20, P3.17, P8.3): ./chronology-policy.ts. */
CHRONOLOGY_SOURCES.push(
  { kind: 'interview', load: interviewAgreementItems },
  { kind: 'action', load: actionResultItems },
  { kind: 'action', load: safetyMeasureItems },
  { kind: 'document', load: formatSentItems },
);
