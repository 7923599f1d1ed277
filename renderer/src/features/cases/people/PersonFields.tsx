import { PARTY_ROLES, STAFF_ROLES, TENURES } from '../../../../../shared/domain/vocabulary';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { CheckboxField } from '../../../ui/CheckboxField';
import { FormatNeedsFields } from './FormatNeedsFields';
import { canBeStaff, needsResponsibleTenant, type PersonDraft } from './personDraft';
import { DateField } from '../../../ui/DateField';
import { optionsOf } from '../../../ui/options';

interface Props {
  prefix: string;
  person: PersonDraft;
  onChange: (patch: Partial<PersonDraft>) => void;
  errors: Record<string, string>;
  /** The other people who could be the responsible tenant of a household member or visitor. */
  tenants: readonly { key: string; label: string }[];
}

const ROLE_OPTIONS = optionsOf(PARTY_ROLES, 'Choose a role');
const TENURE_OPTIONS = optionsOf(TENURES, 'Not known');
const STAFF_OPTIONS = optionsOf(STAFF_ROLES, 'No: a resident or someone else');

/** One person's answers: the same fields in the report form and when adding or editing on a case. */
export function PersonFields({ prefix, person, onChange, errors, tenants }: Props) {
  const id = (k: keyof PersonDraft) => `${prefix}-${k}`;
  const text = (k: 'name' | 'phone' | 'email' | 'address' | 'postcode' | 'dateOfBirth') => ({
    id: id(k),
    value: person[k],
    onChange: (v: string) => onChange({ [k]: v }),
    error: errors[id(k)],
    autoComplete: 'off',
  });
  return (
    <>
      <div className="field-grid">
        <SelectField id={id('role')} label="Role in the case" value={person.role} onChange={(role) => onChange({ role: role as PersonDraft['role'] })} options={ROLE_OPTIONS} error={errors[id('role')]} />
        <div>
          <TextField label="Name" {...text('name')} disabled={person.anonymous} />
          <CheckboxField id={id('anonymous')} label="Anonymous (name withheld or not known)" checked={person.anonymous} onChange={(anonymous) => onChange({ anonymous })} />
        </div>
      </div>
      {canBeStaff(person.role) && (
        <SelectField
          id={id('staffRole')}
          label="Do they work for us, or for a contractor?"
          hint="Harassment of staff or contractors is acted on too. The case is then restricted from the start."
          value={person.staffRole ?? ''}
          onChange={(staffRole) => onChange({ staffRole: staffRole as PersonDraft['staffRole'] })}
          options={STAFF_OPTIONS}
        />
      )}
      {!person.anonymous && (
        <TextAreaField
          id={id('otherNames')}
          label="Other spellings of the name (optional)"
          hint="One a line, for example Mohammed, Muhammad, Mohamed. Letters and bundles are checked for each spelling, so a name written another way is not let through."
          rows={2}
          value={person.otherNames}
          onChange={(otherNames) => onChange({ otherNames })}
          error={errors[id('otherNames')]}
        />
      )}
      {needsResponsibleTenant(person.role) && (
        <SelectField
          id={id('responsibleKey')}
          label="Tenant responsible for them"
          hint="Tenants are responsible for their household and visitors (policy 3.8). Add the tenant as a person first."
          value={person.responsibleKey}
          onChange={(responsibleKey) => onChange({ responsibleKey })}
          options={[{ value: '', label: 'Not known yet' }, ...tenants.map((t) => ({ value: t.key, label: t.label }))]}
        />
      )}
      <div className="field-grid">
        <TextField label="Phone" type="tel" {...text('phone')} />
        <TextField label="E-mail" type="email" {...text('email')} />
        <TextField label="Address" {...text('address')} />
        <TextField label="Postcode" width="short" {...text('postcode')} />
        <DateField label="Date of birth" {...text('dateOfBirth')} hint="If known, like 05/03/1984. Age matters for some legal remedies." />
        <SelectField id={id('tenure')} label="Tenure" value={person.tenure} onChange={(tenure) => onChange({ tenure: tenure as PersonDraft['tenure'] })} options={TENURE_OPTIONS} />
      </div>
      <FormatNeedsFields prefix={prefix} person={person} onChange={onChange} languageError={errors[id('language')]} />
    </>
  );
}
