import type { GuardReport } from '../../../../../shared/schemas/actions';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { TextAreaField } from '../../../ui/TextAreaField';
import { ackFieldId } from './guardProblems';
import { PolicyText } from '../../../ui/PolicyText';
import { policyWords } from '../../../../../shared/domain/policy-paragraphs';

export interface GuardReportProps {
  report: GuardReport;
  acks: Record<string, string>;
  ackErrors: Record<string, string | null>;
  onAck: (guard: string, text: string) => void;
  /** Opens the "Record a confirmation" form (P5.4) beside this one. */
  onRecordConfirmation: () => void;
}

/** The guards' answer in their own words: what stops the action, what needs a reason, what to bear in mind. */
export function GuardReportView({ report, acks, ackErrors, onAck, onRecordConfirmation }: GuardReportProps) {
  const clear = !report.blocks.length && !report.flags.length && !report.notices.length;
  return (
    <div className="guard-checks" role="group" aria-labelledby="guard-checks-title">
      <h4 id="guard-checks-title" className="guard-checks__title">
        Policy checks
      </h4>
      {clear && <p className="guard-checks__clear"><span aria-hidden="true">✓ </span>Nothing in the policy stops this action.</p>}
      {report.blocks.length > 0 && (
        <Notice tone="error" title="Not yet: this must be put right first">
          <ul className="guard-list">
            {report.blocks.map((b) => (
              <li key={`${b.guard}${b.message}`}>
                <PolicyText text={b.message} /> <span className="rule-tag"><PolicyText text={b.rule} /></span>
                {b.guard === 'confirmation' && (
                  <div className="guard-list__action">
                    <Button id="guard-record-confirmation" small variant="secondary" onClick={onRecordConfirmation}>Record a confirmation</Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {report.flags.map((f) => (
        <Notice key={f.guard} tone="warning" title="You can go ahead, with a reason">
          <p><PolicyText text={f.message} /> <span className="rule-tag"><PolicyText text={f.rule} /></span></p>
          <TextAreaField id={ackFieldId(f.guard)} label={`Why you are going ahead (${policyWords(f.rule)})`} hint="Kept with the action and shown with it." rows={3} value={acks[f.guard] ?? ''} onChange={(text) => onAck(f.guard, text)} error={ackErrors[f.guard]} />
        </Notice>
      ))}
      {report.notices.map((n) => (
        <Notice key={n.guard} tone="info" title="Bear in mind">
          <p><PolicyText text={n.message} /> <span className="rule-tag"><PolicyText text={n.rule} /></span></p>
        </Notice>
      ))}
    </div>
  );
}
