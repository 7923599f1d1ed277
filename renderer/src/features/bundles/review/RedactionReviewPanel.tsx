import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BundleCandidate, BundlePlan } from '../../../../../shared/schemas/bundles';
import type { DecisionKind } from '../../../../../shared/schemas/redaction-review';
import { callChannel } from '../../../api/hearth';
import { hearthQuery, scope } from '../../../api/queries';
import { useChange } from '../../../hooks/useChange';
import { Button } from '../../../ui/Button';
import { BoxDrawer } from './BoxDrawer';
import { ExhibitBoxes } from './ExhibitBoxes';
import { ReviewList } from '../../../ui/review/ReviewList';
import { ReviewNotices } from '../../../ui/review/ReviewNotices';

interface Props {
  caseId: number;
  /** The plan as it stands (a moment behind typing): the review is of what this plan would build. */
  plan: BundlePlan;
  candidates: readonly BundleCandidate[];
  /** What is still to review (null while it is worked out): the Build button waits for 0. */
  onCount: (toReview: number | null) => void;
}

const PAGED = /\.(pdf|jpe?g|png)$/i;

/**
 * "Review what identifies people" (issue 16 §3), the step before Build: every sentence of the bundle's
 * text that identifies someone withheld from the court, each detail accepted, its replacement edited, or
 * the sentence reworded (main checks what is written before keeping it); and the exhibits in the plan,
 * with boxes to draw by hand on their pages (§4). Main refuses to build while anything is unreviewed.
 */
export function RedactionReviewPanel({ caseId, plan, candidates, onCount }: Props) {
  const target = { kind: 'bundle' as const, plan, lateAdditionsTo: null };
  const review = useQuery(hearthQuery('redaction:review', { caseId, target }));
  const decide = useChange({ caseId });
  const client = useQueryClient();
  const [drawing, setDrawing] = useState<BundleCandidate | null>(null);
  const [redacting, setRedacting] = useState<{ label: string; jobId: string | null; done: boolean } | null>(null);
  // The text's passages and the boxes proposed on exhibits are to decide; exhibits still being read, or their copies made, hold the build too.
  const toReview = review.data ? review.data.toReview + review.data.boxesToReview : null;
  const holding = review.data ? toReview! + review.data.unread.length + review.data.making.length : null;
  useEffect(() => onCount(holding), [holding, onCount]);

  // The copy is made in the background: when its job ends, the builder reads the case again.
  useEffect(() => {
    if (!redacting?.jobId || redacting.done) return;
    const timer = window.setInterval(() => {
      void callChannel('job:status', { jobId: redacting.jobId! }).then((r) => {
        if (r.ok && r.value.state === 'running') return;
        setRedacting({ ...redacting, done: true });
        void client.invalidateQueries({ queryKey: scope.case(caseId) });
      });
    }, 500);
    return () => window.clearInterval(timer);
  }, [redacting, client, caseId]);

  const onDecide = async (key: string, decision: DecisionKind, text?: string) => {
    const r = await decide.run('redaction:decide', { caseId, target, key, decision, ...(text !== undefined ? { text } : {}) });
    return r?.ok === true;
  };
  const onDecideMany = async (keys: string[], decision: 'accept' | 'reject') => {
    const r = await decide.run('redaction:decideBoxes', { caseId, target, keys, decision });
    return r?.ok === true;
  };
  const exhibits = plan.sections
    .filter((s) => s.kind === 'exhibits')
    .flatMap((s) => s.items)
    .map((k) => candidates.find((c) => c.key === k))
    .filter((c): c is BundleCandidate => !!c && c.kind === 'evidence' && PAGED.test(c.fileName ?? ''));
  const heading = `Review what identifies people${toReview === null ? '' : ` (${toReview} to review)`}`;

  return (
    <section className="panel redaction-review" aria-labelledby="redaction-review-h">
      <h2 id="redaction-review-h">{heading}</h2>
      <p className="bundle-hint">
        Every sentence Hearth writes into this bundle that would identify someone withheld from the court ({review.data?.withheld.join(', ') || 'nobody is withheld'}), with what it suggests instead. Accept
        each suggestion, edit the words, or reword the sentence. The bundle cannot be built until each is reviewed; a sentence that changes afterwards is asked about again.
      </p>
      <ReviewNotices reading="Reading the bundle’s text…" pending={review.isPending} error={review.error} decideError={decide.error} />
      {review.data && <ReviewList review={review.data} busy={decide.busy} onDecide={onDecide} nothing="Nothing in the bundle’s text identifies anyone withheld from the court." />}
      {review.data && <ExhibitBoxes caseId={caseId} review={review.data} busy={decide.busy} onDecide={onDecide} onDecideMany={onDecideMany} />}
      {exhibits.length > 0 && (
        <>
          <h3>Exhibits: boxes drawn by hand</h3>
          <p className="bundle-hint">Cover anything on an exhibit’s pages that identifies someone (a face, a name in a photo, a house number). The redacted copy goes in the bundle instead of the original.</p>
          <ul className="review-exhibits">
            {exhibits.map((c) => (
              <li key={c.key}>
                {c.title}{' '}
                <Button small variant="secondary" onClick={() => setDrawing(c)}>
                  {`Draw boxes on ${c.exhibitLabel ?? c.title}`}
                </Button>
              </li>
            ))}
          </ul>
          {redacting && (
            <p role="status" aria-live="polite">
              {redacting.done ? `The redacted copy of ${redacting.label} is finished: check the evidence list above for its state.` : `Making the redacted copy of ${redacting.label}…`}
            </p>
          )}
        </>
      )}
      {drawing && (
        <BoxDrawer
          caseId={caseId}
          evidenceId={Number(drawing.key.slice(2))}
          label={drawing.exhibitLabel ?? drawing.title}
          onCancel={() => setDrawing(null)}
          onSaved={(jobId) => {
            setRedacting({ label: drawing.exhibitLabel ?? drawing.title, jobId, done: jobId === null });
            setDrawing(null);
          }}
        />
      )}
    </section>
  );
}
