import type { ApplicationView } from '../../../../shared/schemas/case-review';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { EntryForm } from '../../ui/EntryForm';
import { TextField } from '../../ui/TextField';

/** Links another case about the same behaviour: its complaints are counted too, a repeated one once. */
export function LinkCaseForm({ caseId, application: a, onDone, onCancel }: { caseId: number; application: ApplicationView; onDone: (message: string) => void; onCancel: () => void }) {
  const form = useForm(`case-review-link-${a.id}`, { ref: '' });
  const submit = useChange();
  const save = () => {
    if (!form.check((x) => ({ ref: x.ref.trim().length < 3 ? 'Enter the reference of the case to link, like H-2026-0042.' : null }))) return;
    const ref = form.values.ref.trim();
    void submit.run('casereview:link', { caseId, applicationId: a.id, ref }, () => onDone(`${ref.toUpperCase()} was linked. Its complaints are in the count below.`));
  };
  return (
    <EntryForm id={`case-review-link-${a.id}`} title="Link another case" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Link the case" onSubmit={save} onCancel={onCancel}>
      <TextField label="Case reference" hint="Another case about the same behaviour, such as an earlier report." width="short" autoComplete="off" {...form.field('ref')} />
    </EntryForm>
  );
}
