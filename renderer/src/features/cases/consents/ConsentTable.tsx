import { useState } from 'react';
import { CONSENT_RECIPIENTS, labelOf } from '../../../../../shared/domain/vocabulary';
import { formatDateUK } from '../../../../../shared/time/london';
import type { CaseView, ConsentView } from '../../../../../shared/schemas/cases';
import { Button } from '../../../components/Button';
import { NotKnown } from '../components/NotKnown';
import { focusSoon } from '../components/focusSoon';
import { personName } from '../labels';
import { WithdrawConsentForm } from './WithdrawConsentForm';

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
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Consents to share identity</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">May be shared with</th>
              <th scope="col">Purpose</th>
              <th scope="col">Given in writing</th>
              <th scope="col">Document</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {view.consents.map((c) => (
              <tr key={c.id}>
                <th scope="row">{who(c)}</th>
                <td>
                  {labelOf(CONSENT_RECIPIENTS, c.recipient)}
                  {c.recipientName && <span className="cell-note">{c.recipientName}</span>}
                </td>
                <td>{c.purpose || <NotKnown what="Not stated" />}</td>
                <td className="nowrap">{formatDateUK(c.writtenOn)}</td>
                <td>
                  {c.source}
                  {exhibit(c.evidenceId) && <span className="cell-note">Exhibit {exhibit(c.evidenceId)}</span>}
                </td>
                <td>
                  {c.withdrawnOn ? (
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
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {withdrawing && (
        <WithdrawConsentForm
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
