import { actionLabel, type ActionKind } from '../../shared/domain/action-kinds';
import { APPENDIX_1_OFFENCES, COSTS_PAYERS, INTERVIEW_BASES, POLICE_OUTCOMES, SAFETY_MEASURE_KINDS, SAFETY_STATUSES, SENT_FORMATS } from '../../shared/domain/policy-measures';
import { labelOf } from '../../shared/domain/vocabulary';
import type { ChronologyItem } from '../../shared/schemas/cases';
import { formatDateUK } from '../../shared/time/london';
import type { ReadableDB } from '../db/connection';
import { chronologyRows as rows } from './store';

/**
 * Issue 18's records in the chronology, so the case's story shows them where they happened: the
 * complainant's answer about interviewing others (P4.9), what an action came to (P5.10, P5.17–5.20),
 * safety measures (P3.17) and each other format a letter was sent in (P8.3).
 */
const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const noon = (date: string) => `${date}T12:00:00.000Z`;
/** Offsets keep these items' ids apart from other records of the same kind (as bundles do). */
const OFFSET = { agreement: 2_000_000_000, result: 3_000_000_000, safety: 4_000_000_000, format: 5_000_000_000 } as const;
const pounds = (pence: number) => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function interviewAgreementItems(db: ReadableDB, caseId: number): ChronologyItem[] {
  return rows(db, 'interviewAgreements', caseId).map((r) => ({
    kind: 'interview',
    id: OFFSET.agreement + Number(r.id),
    at: noon(s(r.given_on)),
    dateOnly: true,
    title: `Interviewing others (P4.9): ${labelOf(INTERVIEW_BASES, s(r.basis)).toLowerCase()}`,
    detail: s(r.reason),
    by: s(r.by) || null,
    partyId: null,
  }));
}

export function actionResultItems(db: ReadableDB, caseId: number): ChronologyItem[] {
  return rows(db, 'actionResults', caseId).map((r) => {
    const parts = [
      r.police_outcome ? labelOf(POLICE_OUTCOMES, s(r.police_outcome)) : '',
      r.offence ? `Offence: ${labelOf(APPENDIX_1_OFFENCES, s(r.offence))}` : '',
      r.damages_pence !== null ? `Damages awarded: ${pounds(Number(r.damages_pence))}` : '',
      r.costs_pence !== null ? `Costs order: ${pounds(Number(r.costs_pence))} (${labelOf(COSTS_PAYERS, s(r.costs_payer)).toLowerCase()})` : '',
      s(r.notes),
    ].filter(Boolean);
    return {
      kind: 'action',
      id: OFFSET.result + Number(r.action_id),
      at: noon(s(r.decided_on)),
      dateOnly: true,
      title: `Result of ${actionLabel(s(r.action_kind) as ActionKind).split(' (')[0]!.toLowerCase()}${r.subject ? ` — ${s(r.subject)}` : ''}`,
      detail: parts.join('\n'),
      by: s(r.by) || null,
      partyId: null,
    };
  });
}

export function safetyMeasureItems(db: ReadableDB, caseId: number): ChronologyItem[] {
  return rows(db, 'safetyMeasures', caseId).map((r) => ({
    kind: 'action',
    id: OFFSET.safety + Number(r.id),
    at: noon(s(r.on_date)),
    dateOnly: true,
    title: `Safety measure (P3.17) ${labelOf(SAFETY_STATUSES, s(r.status)).toLowerCase()}: ${labelOf(SAFETY_MEASURE_KINDS, s(r.kind))}${r.party ? ` — ${r.anonymous ? 'an anonymous person' : s(r.party)}` : ''}`,
    detail: [
      Number(r.cost_pence) > 0 ? `Cost ${pounds(Number(r.cost_pence))}` : '',
      r.provider ? `By ${s(r.provider)}` : '',
      r.liaison ? `Crime prevention liaison: ${s(r.liaison)}` : '',
      s(r.notes),
    ]
      .filter(Boolean)
      .join('\n'),
    by: s(r.by) || null,
    partyId: r.party_id === null ? null : Number(r.party_id),
  }));
}

export function formatSentItems(db: ReadableDB, caseId: number): ChronologyItem[] {
  return rows(db, 'formatsSent', caseId).map((r) => ({
    kind: 'document',
    id: OFFSET.format + Number(r.id),
    at: noon(s(r.sent_on)),
    dateOnly: true,
    title: `“${s(r.document_title)}” sent in ${r.format === 'translation' ? `translation (${s(r.language)})` : labelOf(SENT_FORMATS, s(r.format)).toLowerCase()} (P8.3)`,
    detail: `Produced by ${s(r.produced_by)}; sent ${formatDateUK(s(r.sent_on))}`,
    by: s(r.by) || null,
    partyId: null,
  }));
}
