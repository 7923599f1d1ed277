import { formatDateTime } from '../../../../shared/time/format';
import { labelOf } from '../../../../shared/domain/vocabulary';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { fromIsoDate } from '../../../../shared/time/input';
import { ClosureStep } from './ClosureStep';
import { CloseForm } from './CloseForm';
import { DiscussForm } from './DiscussForm';
import { OUTCOMES } from './labels';
import { OfferAppealForm } from './OfferAppealForm';
import type { StepProps } from './stepProps';
import { WithdrawProposal } from './WithdrawProposal';
import { policyWords } from '../../../../shared/domain/policy-paragraphs';

/** Closure proposed: discuss it, offer the appeal, then close (P6.2), with what is still missing listed. */
export function ProposedState(props: StepProps) {
  const { caseId, closure: c, parties, canEdit, open, setOpen, onDone } = props;
  const cancel = () => setOpen(null);
  const button = (what: 'discuss' | 'offer' | 'close', words: string) => canEdit && open !== what && <Button small variant="secondary" onClick={() => setOpen(what)}>{words}</Button>;
  return (
    <>
      <dl className="definition-list closure-proposal">
        <dt>Outcome</dt>
        <dd>{labelOf(OUTCOMES, c.proposal?.outcome ?? '')}</dd>
        <dt>Why</dt>
        <dd>{c.proposal?.reason}</dd>
        <dt>Proposed</dt>
        <dd>{c.proposal && `${formatDateTime(c.proposal.proposedAt)} by ${c.proposal.proposedBy}`}</dd>
      </dl>
      <ol className="closure-steps">
        <ClosureStep number={1} title="Discuss the closure with the complainant" done={Boolean(c.discussion)}>
          {c.discussion ? <p>{formatDateTime(c.discussion.at)}: {c.discussion.notPossibleReason ? `not possible (${c.discussion.notPossibleReason}). ` : ''}{c.discussion.summary}</p> : button('discuss', 'Record the discussion')}
          {open === 'discuss' && <DiscussForm caseId={caseId} parties={parties} onDone={onDone} onCancel={cancel} />}
        </ClosureStep>
        <ClosureStep number={2} title="Offer the chance to appeal" done={Boolean(c.appealOfferedOn)}>
          {c.appealOfferedOn ? (
            <p className="appeal-window">Offered on {fromIsoDate(c.appealOfferedOn)}. The complainant can appeal until <strong>{fromIsoDate(c.appealWindowEndsOn ?? '')}</strong>.</p>
          ) : (
            button('offer', 'Record the offer of an appeal')
          )}
          {open === 'offer' && <OfferAppealForm caseId={caseId} onDone={onDone} onCancel={cancel} />}
        </ClosureStep>
        <ClosureStep number={3} title="Close the case" done={false}>
          {c.missing.length > 0 ? (
            <Notice tone="warning" title="Still missing before the case can close">
              <ul>{c.missing.map((m) => <li key={m}>{policyWords(m)}</li>)}</ul>
            </Notice>
          ) : (
            button('close', 'Close the case')
          )}
          {open === 'close' && <CloseForm caseId={caseId} onDone={onDone} onCancel={cancel} />}
        </ClosureStep>
      </ol>
      {canEdit && <WithdrawProposal {...props} />}
    </>
  );
}
