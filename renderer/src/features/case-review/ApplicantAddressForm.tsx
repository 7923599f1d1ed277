import type { ApplicationView } from '../../../../shared/schemas/case-review';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { EntryForm } from '../../ui/EntryForm';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

/** The postal address of an applicant who is not on the case: where the letters about their application go. */
export function ApplicantAddressForm({ caseId, application: a, onDone, onCancel }: { caseId: number; application: ApplicationView; onDone: (message: string) => void; onCancel: () => void }) {
  const form = useForm(`case-review-address-${a.id}`, { address: a.applicantAddress, postcode: a.applicantPostcode });
  const submit = useChange();
  const save = () => {
    if (!form.check((x) => ({ address: x.address.trim().length < 5 ? 'Enter the applicant’s postal address: the letters about their application go there.' : null }))) return;
    const input = { caseId, applicationId: a.id, address: form.values.address.trim(), postcode: form.values.postcode.trim() };
    void submit.run('casereview:applicantAddress', input, () => onDone(`${a.applicantName}’s address was saved. Letters about the application go there.`));
  };
  return (
    <EntryForm id={`case-review-address-${a.id}`} title={`${a.applicantName}’s address`} problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the address" onSubmit={save} onCancel={onCancel}>
      <div className="field-grid">
        <TextAreaField label="Their postal address" hint="One line per line of the address." rows={3} limit={300} {...form.field('address')} />
        <TextField label="Their postcode" width="short" autoComplete="off" autoCapitalize="characters" {...form.field('postcode')} />
      </div>
    </EntryForm>
  );
}
