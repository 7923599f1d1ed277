import { useEffect } from 'react';
import { CONSENT_RECIPIENTS, labelOf } from '../../../../../shared/domain/vocabulary';
import type { ConsentView } from '../../../../../shared/schemas/cases';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { EntryForm } from '../../../ui/EntryForm';
import { londonToday, toIsoDate } from '../../../../../shared/time/input';
import { DateField } from '../../../ui/DateField';
import { dateProblem } from '../../../ui/forms/dates';

interface Props {
  caseId: number;
  consent: ConsentView;
  who: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Records that a consent was withdrawn, and from when; the record itself stays, marked withdrawn. */
export function WithdrawConsentForm({ caseId, consent, who, onDone, onCancel }: Props) {
  const form = useForm('withdraw', { withdrawnOn: londonToday() });
  const submit = useChange({ caseId });
  const recipient = labelOf(CONSENT_RECIPIENTS, consent.recipient).toLowerCase();
  useEffect(() => document.getElementById('withdraw-consent-heading')?.focus(), [consent.id]);
  const save = () => {
    const problem = dateProblem(form.values.withdrawnOn, 'the date it was withdrawn');
    if (!form.check(() => ({ withdrawnOn: problem ?? (toIsoDate(form.values.withdrawnOn)! < consent.writtenOn ? 'A consent cannot be withdrawn before it was given.' : null) }))) return;
    void submit.run('consent:withdraw', { id: consent.id, withdrawnOn: toIsoDate(form.values.withdrawnOn)! },
      () => onDone(`The consent of ${who} for ${recipient} was marked withdrawn.`),
    );
  };
  return (
    <EntryForm id="withdraw-consent" title={`Withdraw the consent of ${who} for ${recipient}`} problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Mark as withdrawn" onSubmit={save} onCancel={onCancel}>
      <DateField label="Withdrawn on" {...form.field('withdrawnOn')} />
    </EntryForm>
  );
}
