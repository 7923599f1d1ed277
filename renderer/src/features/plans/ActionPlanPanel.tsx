import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import '../../styles/standards.css';
import { hearthQuery } from '../../api/queries';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { CurrentPlan } from './CurrentPlan';
import { EarlierVersions } from './EarlierVersions';
import { PlanForm } from './PlanForm';
import { ReviewForm } from './ReviewForm';
import { ReviewsList } from './ReviewsList';

interface Props {
  caseId: number;
}

/** The case's action plan (P4.10–4.11): the version in force, new versions, reviews, sending it out. */
export function ActionPlanPanel({ caseId }: Props) {
  const plans = useQuery(hearthQuery('plan:get', { caseId }));
  const [editing, setEditing] = useState<'plan' | 'review' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const changed = (text?: string) => {
    setEditing(null);
    setMessage(text ?? null);
  };

  const current = plans.data?.plans[0] ?? null;
  const versionOf = (planId: number) => plans.data?.plans.find((p) => p.id === planId)?.version ?? null;
  return (
    <section className="panel action-plan" aria-labelledby={`action-plan-${caseId}`}>
      <h2 id={`action-plan-${caseId}`}>Action plan</h2>
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {plans.isPending && <p>Loading the action plan…</p>}
      {plans.isError && <Notice tone="error" title="The action plan could not be loaded"><p>{plans.error.message}</p></Notice>}
      {plans.isSuccess && (
        <>
          {current ? <CurrentPlan caseId={caseId} plan={current} onDone={changed} /> : <p>No action plan has been recorded for this case yet.</p>}
          {editing === 'plan' ? (
            <PlanForm caseId={caseId} current={current} onSaved={(v) => changed(`Version ${v} of the plan is saved.`)} onCancel={() => setEditing(null)} />
          ) : (
            editing === null && (
              <div className="button-row">
                <Button variant={current ? 'secondary' : 'primary'} onClick={() => setEditing('plan')}>
                  {current ? 'New version of the plan' : 'Record the action plan'}
                </Button>
              </div>
            )
          )}
          <EarlierVersions plans={plans.data.plans.slice(1)} />
          <h3 className="action-plan__reviews">Reviews</h3>
          <ReviewsList reviews={plans.data.reviews} versionOf={versionOf} />
          {editing === 'review' && <ReviewForm caseId={caseId} onSaved={changed} onCancel={() => setEditing(null)} />}
          {editing === null && current?.agreedAt && (
            <Button variant="secondary" onClick={() => setEditing('review')}>
              Record a review
            </Button>
          )}
        </>
      )}
    </section>
  );
}
