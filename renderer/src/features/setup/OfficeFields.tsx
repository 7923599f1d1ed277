import { DEFAULT_PARTNERS } from '../../../../shared/domain/partners';
import type { Form } from '../../hooks/useForm';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import type { SetupValues } from './setupValues';

const OPTIONS = [{ value: '', label: 'Choose later, on the Partners screen' }, ...DEFAULT_PARTNERS.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))];

/**
 * First run (issue 17): the office's own partner and the letterhead its letters print, so the first letter
 * needs nothing more. Optional: "Choose later" leaves it to the Partners screen.
 */
export function OfficeFields({ form }: { form: Form<SetupValues> }) {
  const chosen = form.values.office !== '';
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Your office’s letterhead</legend>
      <p className="field__hint">Letters print these details. Other partners’ details can be added later on the Partners screen.</p>
      <SelectField id={form.id('office')} label="Which partner is this office?" value={form.values.office} onChange={(office) => form.set({ office })} options={OPTIONS} error={form.errors.office} />
      {chosen && (
        <>
          <TextAreaField label="Office address" hint="One line per line of the address, without the postcode." rows={3} {...form.field('officeAddress')} autoComplete="street-address" />
          <TextField label="Postcode" width="short" {...form.field('officePostcode')} autoComplete="postal-code" />
          <TextField label="Telephone" hint="The number letters ask people to call, for example 0300 123 4567." width="short" type="tel" {...form.field('officePhone')} autoComplete="tel" />
          <TextField label="E-mail" hint="For example asb@partner.org.uk." type="email" {...form.field('officeEmail')} autoComplete="email" />
        </>
      )}
    </fieldset>
  );
}
