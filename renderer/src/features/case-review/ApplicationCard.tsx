import { useState } from 'react';
import { RECEIVED_VIA, RECOMMENDATION_STATUSES, type ApplicationView } from '../../../../shared/schemas/case-review';
import { fromIsoDate } from '../../../../shared/time/input';
import { caseHref } from '../../hooks/useHashRoute';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { RecommendationForm, RecommendationDone } from './RecommendationForm';
import { ReviewForm, ThresholdForm } from './ReviewForm';

type Complaint = ApplicationView['check']['complaints'][number];
const labelOf = <T extends { code: string; label: string }>(list: readonly T[], code: string) => list.find((x) => x.code === code)?.label ?? code;

/** One application: who, when, the threshold counted from the record, the decision, the review and its recommendations. */
export function ApplicationCard({ caseId, application: a, mayRecord, onDone }: { caseId: number; application: ApplicationView; mayRecord: boolean; onDone: (message: string) => void }) {
  const [form, setForm] = useState<'threshold' | 'review' | 'recommendation' | null>(null);
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
        <p>
          Escalated {a.escalations.map((e) => `${fromIsoDate(e.madeOn)} (${e.outcome === 'pending' ? 'outcome awaited' : e.outcome.replace('-', ' ')})`).join('; ')}.
        </p>
      )}
      {mayRecord && <Actions caseId={caseId} a={a} form={form} setForm={setForm} close={close} />}
    </article>
  );
}

function Actions({ caseId, a, form, setForm, close }: { caseId: number; a: ApplicationView; form: string | null; setForm: (f: 'threshold' | 'review' | 'recommendation' | null) => void; close: (m: string) => void }) {
  if (form === 'threshold') return <ThresholdForm caseId={caseId} application={a} onDone={close} onCancel={() => setForm(null)} />;
  if (form === 'review') return <ReviewForm caseId={caseId} application={a} onDone={close} onCancel={() => setForm(null)} />;
  if (form === 'recommendation') return <RecommendationForm caseId={caseId} application={a} onDone={close} onCancel={() => setForm(null)} />;
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
    </div>
  );
}
