import { useState } from 'react';
import { ESCALATION_OUTCOMES, RECEIVED_VIA, RECOMMENDATION_STATUSES, type ApplicationView } from '../../../../shared/schemas/case-review';
import { fromIsoDate } from '../../../../shared/time/input';
import { caseHref } from '../../hooks/useHashRoute';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { RecommendationForm, RecommendationDone } from './RecommendationForm';
import { EscalationForm } from './EscalationForm';
import { LinkCaseForm } from './LinkCaseForm';
import { ApplicantAddressForm } from './ApplicantAddressForm';
import { ReviewForm } from './ReviewForm';
import { ThresholdForm } from './ThresholdForm';

type Complaint = ApplicationView['check']['complaints'][number];
/** The form open on the card: one at a time; `outcome:ID` records that escalation's outcome. */
type Form = 'threshold' | 'review' | 'recommendation' | 'link' | 'escalation' | 'address' | `outcome:${number}`;
const labelOf = <T extends { code: string; label: string }>(list: readonly T[], code: string) => list.find((x) => x.code === code)?.label ?? code;

/** One application: who, when, the threshold counted from the record, the decision, the review and its recommendations. */
export function ApplicationCard({ caseId, application: a, mayRecord, onDone }: { caseId: number; application: ApplicationView; mayRecord: boolean; onDone: (message: string) => void }) {
  const [form, setForm] = useState<Form | null>(null);
  const close = (m: string) => {
    setForm(null);
    onDone(m);
  };
  return (
    <article className="case-review" aria-labelledby={`case-review-${a.id}`}>
      <h3 id={`case-review-${a.id}`}>Application received {fromIsoDate(a.receivedOn)}</h3>
      <p>
        From <strong>{a.applicantName}</strong>
        {a.applicantOnly && ' (not on the case: recorded as the applicant only)'}
        {a.onBehalf && a.victimName && `, for ${a.victimName}`}
        {a.consentOn && `, with consent given ${fromIsoDate(a.consentOn)}`}. {labelOf(RECEIVED_VIA, a.receivedVia)}
        {a.viaReference && ` (reference ${a.viaReference})`}.
        {a.caseId !== caseId && (
          <>
            {' '}
            Made on <a href={caseHref(a.caseId)}>{a.caseRef}</a>.
          </>
        )}
      </p>
      {a.applicantOnly && <p>{applicantPost(a)}</p>}
      {a.linkedCases.length > 1 && (
        <p>
          The complaints on{' '}
          {a.linkedCases.map((l, i) => (
            <span key={l.id}>
              {i > 0 && (i === a.linkedCases.length - 1 ? ' and ' : ', ')}
              {l.id === caseId ? l.ref : <a href={caseHref(l.id)}>{l.ref}</a>}
            </span>
          ))}{' '}
          are counted together; a complaint recorded on more than one counts once.
        </p>
      )}
      <h4>Threshold from the record</h4>
      <p>
        <strong>{a.check.met ? 'The threshold is met.' : 'The threshold is not met.'}</strong> {a.check.basis} ({a.threshold.words}.)
      </p>
      <DataTable<Complaint>
        caption="Complaints on the linked cases, and whether each counts"
        captionHidden
        columns={[
          { header: 'Behaviour on', cell: (c) => fromIsoDate(c.occurredOn), rowHeader: true, className: 'nowrap' },
          { header: 'Reported', cell: (c) => fromIsoDate(c.reportedOn), className: 'nowrap' },
          { header: 'Case', cell: (c) => c.caseRef, className: 'nowrap' },
          { header: 'What', cell: (c) => c.description },
          { header: 'Counts', cell: (c) => (c.counts ? 'Counts' : 'Does not count') },
          { header: 'Why', cell: (c) => c.why },
        ]}
        rows={a.check.complaints}
        rowKey={(c) => c.key}
      />
      {a.decision ? (
        <p>
          Decided {fromIsoDate(a.decision.decidedOn)}: the threshold is <strong>{a.decision.met ? 'met' : 'not met'}</strong> ({a.decision.counted} counted){a.decision.reason && `: ${a.decision.reason}`}
        </p>
      ) : (
        <p>The threshold has not been decided yet.</p>
      )}
      {a.review && (
        <>
          <h4>The review</h4>
          <p>
            {a.review.held ? 'Held' : 'Planned'} {fromIsoDate(a.review.meetingOn)}, led by {a.review.leadBody}; attended by {a.review.attendees.join(', ')}. {a.review.decision}
            {a.review.applicantToldOn ? ` The applicant was told on ${fromIsoDate(a.review.applicantToldOn)}.` : ' The applicant has not been told yet.'}
          </p>
          <h4>Recommendations</h4>
          {a.recommendations.length === 0 ? (
            <p>None recorded.</p>
          ) : (
            <ul>
              {a.recommendations.map((r) => (
                <li key={r.id}>
                  {r.ownerBody}: {r.what}, by {fromIsoDate(r.dueOn)} ({labelOf(RECOMMENDATION_STATUSES, r.status).toLowerCase()}
                  {r.completedOn && ` ${fromIsoDate(r.completedOn)}`}){r.partnerOwned && ' — ours: on the dashboard as a due item'}
                  {r.evidence && <span className="secondary-text"> Evidence: {r.evidence}</span>}
                  {mayRecord && r.status === 'open' && <RecommendationDone caseId={caseId} recommendation={r} onDone={onDone} />}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {a.escalations.length > 0 && (
        <>
          <h4>Escalations and appeals</h4>
          <ul>
            {a.escalations.map((e) => (
              <li key={e.id}>
                Made {fromIsoDate(e.madeOn)}: {e.grounds} <strong>{e.outcome === 'pending' ? 'Outcome awaited.' : `${labelOf(ESCALATION_OUTCOMES, e.outcome)} (${fromIsoDate(e.outcomeOn ?? '')}).`}</strong>
                {e.outcomeNotes && ` ${e.outcomeNotes}`}
                {mayRecord && form !== `outcome:${e.id}` && (
                  <Button variant="secondary" small onClick={() => setForm(`outcome:${e.id}`)}>
                    {e.outcome === 'pending' ? 'Record the outcome' : 'Change the outcome'}
                    <span className="visually-hidden"> of the escalation made {fromIsoDate(e.madeOn)}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {mayRecord && <Actions caseId={caseId} a={a} form={form} setForm={setForm} close={close} />}
    </article>
  );
}

function Actions({ caseId, a, form, setForm, close }: { caseId: number; a: ApplicationView; form: Form | null; setForm: (f: Form | null) => void; close: (m: string) => void }) {
  const cancel = () => setForm(null);
  const escalation = form?.startsWith('outcome:') ? a.escalations.find((e) => `outcome:${e.id}` === form) : undefined;
  if (escalation) return <EscalationForm caseId={caseId} application={a} escalation={escalation} onDone={close} onCancel={cancel} />;
  if (form === 'escalation') return <EscalationForm caseId={caseId} application={a} onDone={close} onCancel={cancel} />;
  if (form === 'address') return <ApplicantAddressForm caseId={caseId} application={a} onDone={close} onCancel={cancel} />;
  if (form === 'link') return <LinkCaseForm caseId={caseId} application={a} onDone={close} onCancel={cancel} />;
  if (form === 'threshold') return <ThresholdForm caseId={caseId} application={a} onDone={close} onCancel={cancel} />;
  if (form === 'review') return <ReviewForm caseId={caseId} application={a} onDone={close} onCancel={cancel} />;
  if (form === 'recommendation') return <RecommendationForm caseId={caseId} application={a} onDone={close} onCancel={cancel} />;
  return (
    <div className="button-row">
      <Button variant="secondary" small onClick={() => setForm('threshold')}>
        {a.decision ? 'Decide the threshold again' : 'Decide the threshold'}
      </Button>
      {a.decision?.met && (
        <Button variant="secondary" small onClick={() => setForm('review')}>
          {a.review ? 'Change the review' : 'Record the review'}
        </Button>
      )}
      {a.review && (
        <Button variant="secondary" small onClick={() => setForm('recommendation')}>
          Add a recommendation
        </Button>
      )}
      <Button variant="secondary" small onClick={() => setForm('link')}>
        Link another case
      </Button>
      {a.applicantOnly && (
        <Button variant="secondary" small onClick={() => setForm('address')}>
          {a.applicantAddress ? 'Change the applicant’s address' : 'Record the applicant’s address'}
        </Button>
      )}
      {a.decision && (
        <Button variant="secondary" small onClick={() => setForm('escalation')}>
          Record an escalation or appeal
        </Button>
      )}
    </div>
  );
}

/** Where the letters to an applicant who is not on the case go (none for an application recorded before 0037). */
function applicantPost(a: ApplicationView): string {
  const where = [...a.applicantAddress.split('\n').map((l) => l.trim()), a.applicantPostcode].filter(Boolean).join(', ');
  return where ? `Letters about the application go to them at ${where}.` : 'No address is recorded for them yet: record it to write to them.';
}
