import { useState } from 'react';
import type { DisposalItem } from '../../../../shared/schemas/retention';
import { toIsoDate } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { DialogForm } from '../../ui/DialogForm';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

interface Props {
  item: DisposalItem;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Anonymise or delete one case: the reference typed back, so a disposal is never one stray click. */
export function DisposeDialog({ item, method, onDone, onCancel }: Props & { method: 'anonymise' | 'delete' }) {
  const change = useChange();
  const [ref, setRef] = useState('');
  const words = method === 'anonymise' ? 'Anonymise' : 'Delete';
  const submit = () => {
    void change.run('retention:dispose', { caseId: item.caseId, method, confirmRef: ref }, (out) => onDone(`${out.ref} was ${method === 'anonymise' ? 'anonymised' : 'deleted'} (${out.rows} records changed) under rule “${item.ruleId}”.`));
  };
  return (
    <Dialog id="dispose" title={`${words} ${item.ref}?`} focusId="dispose-ref" busy={change.busy} onCancel={onCancel}>
      <p>
        {method === 'anonymise'
          ? 'Every name, address, date of birth, contact detail and piece of free text in this case is removed, with its exhibits, letters and bundles. The codes, dates and amounts the monitoring reports count are kept.'
          : 'Every record of this case is removed, with its exhibits, letters and bundles. The monitoring reports for the years it was counted in will change.'}{' '}
        A record of the disposal (the reference, the rule, who and when) is kept. This cannot be undone.
      </p>
      <DialogForm id="dispose" problems={[]} focusKey={0} serverError={change.error} busy={change.busy} submitLabel={`${words} the case`} busyLabel="Please wait…" submitVariant={method === 'delete' ? 'danger' : 'primary'} onSubmit={submit} onCancel={onCancel}>
        <TextField id="dispose-ref" label="Type the case reference to confirm" value={ref} onChange={setRef} width="short" mono autoComplete="off" />
      </DialogForm>
    </Dialog>
  );
}

/** Keep a case past its date: why, and the day it comes back to the review. */
export function KeepDialog({ item, onDone, onCancel }: Props) {
  const change = useChange();
  const [reason, setReason] = useState('');
  const [day, setDay] = useState('');
  const submit = () => {
    void change.run('retention:keep', { caseId: item.caseId, reason, reviewOn: toIsoDate(day) ?? day }, () => onDone(`${item.ref} is kept until ${day}.`));
  };
  return (
    <Dialog id="keep" title={`Keep ${item.ref}`} focusId="keep-reason" busy={change.busy} onCancel={onCancel}>
      <DialogForm id="keep" problems={[]} focusKey={0} serverError={change.error} busy={change.busy} submitLabel="Keep the case" busyLabel="Please wait…" onSubmit={submit} onCancel={onCancel}>
        <TextAreaField id="keep-reason" label="Why is it kept?" rows={3} value={reason} onChange={setReason} maxLength={1000} />
        <DateField id="keep-review" label="Review it again on" value={day} onChange={setDay} />
      </DialogForm>
    </Dialog>
  );
}

const HOLD_KINDS = [
  { value: 'litigation', label: 'Litigation' },
  { value: 'complaint', label: 'A complaint' },
  { value: 'ombudsman', label: 'An Ombudsman investigation' },
  { value: 'police-request', label: 'A police request' },
  { value: 'other', label: 'Something else' },
];

/** A legal hold on the case: nothing in it can be disposed of until a manager lifts it. */
export function HoldDialog({ item, onDone, onCancel }: Props) {
  const change = useChange();
  const [kind, setKind] = useState('litigation');
  const [reason, setReason] = useState('');
  const submit = () => {
    void change.run('hold:place', { caseId: item.caseId, kind: kind as 'litigation', reason }, () => onDone(`${item.ref} is under legal hold.`));
  };
  return (
    <Dialog id="hold" title={`Legal hold on ${item.ref}`} focusId="hold-kind" busy={change.busy} onCancel={onCancel}>
      <DialogForm id="hold" problems={[]} focusKey={0} serverError={change.error} busy={change.busy} submitLabel="Place the hold" busyLabel="Please wait…" onSubmit={submit} onCancel={onCancel}>
        <SelectField id="hold-kind" label="What is the hold for?" value={kind} onChange={setKind} options={HOLD_KINDS} />
        <TextAreaField id="hold-reason" label="Reason" rows={3} value={reason} onChange={setReason} maxLength={1000} />
      </DialogForm>
    </Dialog>
  );
}
