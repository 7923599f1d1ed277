import { useState } from 'react';
import { CONSENT_RECIPIENTS, labelOf } from '../../../../../shared/domain/vocabulary';
import { formatDateUK } from '../../../../../shared/time/london';
import type { CaseView, ConsentView } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { NotKnown } from '../../../ui/NotKnown';
import { focusSoon } from '../../../ui/focus';
import { WithdrawConsentForm } from './WithdrawConsentForm';
import { personName } from '../../parties';

interface Props {
  view: CaseView;
  canWithdraw: boolean;
  onWithdrawn: (message: string) => void;
}

export function ConsentTable({ view, canWithdraw, onWithdrawn }: Props) {
  const [withdrawing, setWithdrawing] = useState<ConsentView | null>(null);
  const who = (c: ConsentView) => {
    const p = view.parties.find((x) => x.id === c.partyId);
    return p ? personName(p) : 'Someone no longer on the case';
  };
  const exhibit = (id: number | null) => view.evidence.find((e) => e.id === id)?.exhibitLabel;
  return (
    <>
      <DataTable
        caption="Consents to share identity"
        captionHidden
        rows={view.consents}
        rowKey={(c) => c.id}
        columns={[
          { header: 'Person', rowHeader: true, cell: (c) => who(c) },
          {
            header: 'May be shared with',
            cell: (c) => (
              <>
                {labelOf(CONSENT_RECIPIENTS, c.recipient)}
                {c.recipientName && <span className="cell-note">{c.recipientName}</span>}
              </>
            ),
          },
          { header: 'Purpose', cell: (c) => c.purpose || <NotKnown what="Not stated" /> },
          { header: 'Given in writing', className: 'nowrap', cell: (c) => formatDateUK(c.writtenOn) },
          {
            header: 'Document',
            cell: (c) => (
              <>
                {c.source}
                {exhibit(c.evidenceId) && <span className="cell-note">Exhibit {exhibit(c.evidenceId)}</span>}
              </>
            ),
          },
          {
            header: 'Status',
            cell: (c) =>
              c.withdrawnOn ? (
                <span className="tag tag--warning">Withdrawn {formatDateUK(c.withdrawnOn)}</span>
              ) : (
                <span className="row-actions">
                  <span className="tag tag--success">In force</span>
                  {canWithdraw && (
                    <Button small variant="secondary" onClick={() => setWithdrawing(c)}>
                      Withdraw<span className="visually-hidden"> the consent of {who(c)} for {labelOf(CONSENT_RECIPIENTS, c.recipient)}</span>
                    </Button>
                  )}
                </span>
              ),
          },
        ]}
      />
      {withdrawing && (
        <WithdrawConsentForm
          caseId={view.header.id}
          consent={withdrawing}
          who={who(withdrawing)}
          onCancel={() => {
            setWithdrawing(null);
            focusSoon('consents-heading');
          }}
          onDone={(message) => {
            setWithdrawing(null);
            focusSoon('consents-heading');
            onWithdrawn(message);
          }}
        />
      )}
    </>
  );
}
