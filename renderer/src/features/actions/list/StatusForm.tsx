import type { ActionView } from '../../../../../shared/schemas/actions';
import { SelectField } from '../../../ui/SelectField';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { DateField } from '../../../ui/DateField';
import { EntryForm } from '../../../ui/EntryForm';
import { fromIsoDate, toIsoDate } from '../../../../../shared/time/input';
import { TextAreaField } from '../../../ui/TextAreaField';
import { actionName, expiryLabel, isCourtKind, STATUS_LABELS, statusWords } from '../labels';

interface Props {
  action: ActionView;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

type Status = 'active' | 'completed' | 'withdrawn' | 'refused' | 'granted' | 'expired';
const COURT_ONLY = ['granted', 'refused'];

/** Where the action stands: its status, its outcome in words, and when it ends. */
export function StatusForm({ action, onSaved, onCancel }: Props) {
  const prefix = `status-${action.id}`;
  const form = useForm(prefix, { status: action.status, outcome: action.outcome, expiresOn: action.expiresOn ? fromIsoDate(action.expiresOn) : '' });
  const submit = useChange({ caseId: action.caseId });
  const options = Object.entries(STATUS_LABELS)
    .filter(([code]) => isCourtKind(action.kind) || !COURT_ONLY.includes(code))
    .map(([value]) => ({ value, label: statusWords(action.kind, value) }));
  const save = () => {
    const ok = form.check((x) => ({ expiresOn: x.expiresOn.trim() && !toIsoDate(x.expiresOn) ? 'Enter the date like 21/11/2026, or leave it empty.' : null }));
    if (!ok) return;
    const v = form.values;
    const input = { id: action.id, status: v.status as Status, outcome: v.outcome.trim(), expiresOn: v.expiresOn.trim() ? toIsoDate(v.expiresOn) : null };
    void submit.run('action:update', input, () => onSaved(`The ${actionName(action.label)} was updated.`));
  };
  return (
    <EntryForm id={prefix} title={`Update the ${actionName(action.label)}`} problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save" onSubmit={save} onCancel={onCancel}>
      <SelectField id={form.id('status')} label="Status" value={form.values.status} onChange={(status) => form.set({ status })} options={options} />
      <TextAreaField label="Outcome (optional)" rows={3} {...form.field('outcome')} />
      <DateField label={`${expiryLabel(action.kind)} (optional)`} {...form.field('expiresOn')} />
    </EntryForm>
  );
}
