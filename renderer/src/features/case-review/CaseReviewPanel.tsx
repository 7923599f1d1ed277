import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseView } from '../../../../shared/schemas/cases';
import { hearthQuery } from '../../api/queries';
import { useSession } from '../../hooks/useSession';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ApplicationCard } from './ApplicationCard';
import { ApplicationForm } from './ApplicationForm';

/**
 * The ASB Case Review ("community trigger", Anti-social Behaviour, Crime and Policing Act 2014, s.104) on
 * a case: applications that concern it, the threshold counted from the record, the review, its
 * recommendations. The letters are made in the case's Letters panel once an application is recorded.
 */
export function CaseReviewPanel({ view, onDone }: { view: CaseView; onDone: (message: string) => void }) {
  const caseId = view.header.id;
  const { can } = useSession();
  const q = useQuery(hearthQuery('casereview:get', { caseId }));
  const [adding, setAdding] = useState(false);
  const mayRecord = can('caseReview.record');
  return (
    <section className="panel" aria-labelledby="case-review-heading">
      <h2 id="case-review-heading">ASB case review (community trigger)</h2>
      {q.error && (
        <Notice tone="error">
          <p>{q.error.message}</p>
        </Notice>
      )}
      {q.data && (
        <>
          {q.data.notice && (
            <Notice tone="warning">
              <p>{q.data.notice}</p>
            </Notice>
          )}
          <p className="secondary-text">
            The threshold in this area ({q.data.thresholdInForce.name}): {q.data.thresholdInForce.words}.
          </p>
          {q.data.applications.length === 0 && <p>No application for a case review concerns this case.</p>}
          {q.data.applications.map((a) => (
            <ApplicationCard key={a.id} caseId={caseId} application={a} mayRecord={mayRecord} onDone={onDone} />
          ))}
          {mayRecord &&
            (adding ? (
              <ApplicationForm
                view={view}
                onDone={(m) => {
                  setAdding(false);
                  onDone(m);
                }}
                onCancel={() => setAdding(false)}
              />
            ) : (
              <div className="button-row">
                <Button variant="secondary" onClick={() => setAdding(true)}>
                  Record an application for a case review
                </Button>
              </div>
            ))}
        </>
      )}
    </section>
  );
}
