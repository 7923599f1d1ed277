import { HEARING_CENTRES } from '../../../../../../shared/court/hearing-centres';
import { CONDUCT_LIMBS } from '../../../../../../shared/court/texts';
import { CheckboxField } from '../../../../ui/CheckboxField';
import { DateField } from '../../../../ui/DateField';
import { RadioGroup } from '../../../../ui/RadioGroup';
import { SelectField } from '../../../../ui/SelectField';
import { TextAreaField } from '../../../../ui/TextAreaField';
import { TextField } from '../../../../ui/TextField';
import { InjunctionExclusion } from './InjunctionExclusion';
import { InjunctionTerms } from './InjunctionTerms';
import { type FieldsProps, subjectOf } from './fieldsProps';

const LIMB_LABEL = { limbA: 'a', limbB: 'b', limbC: 'c' } as const;

/**
 * A civil injunction (ASBCPA 2014 Part 1, the policy's "housing injunction", P5.9–5.10), with what its
 * application and draft order must plead (issue 15): who applies (s.5(1)), the link to housing
 * management (s.5(3)), the kind of behaviour (s.2(1)), each term with its own power of arrest, any
 * exclusion, how long (s.1(6)) and the hearing centre.
 */
export function InjunctionFields(props: FieldsProps) {
  const { form } = props;
  const v = form.values;
  const subject = subjectOf(props);
  const minor = (subject?.age ?? 99) < 18;
  return (
    <>
      <RadioGroup
        id={form.id('applicantStatus')}
        legend="The landlord applies as"
        options={[
          { code: 'housing-provider', label: 'A housing provider (section 5(1)(b))' },
          { code: 'local-authority', label: 'A local authority (section 5(1)(a))' },
        ]}
        value={v.applicantStatus}
        onChange={(applicantStatus) => form.set({ applicantStatus })}
      />
      <TextAreaField label="How the behaviour relates to or affects the landlord’s housing management" hint="Section 5(3): a housing provider may apply only where it does. For example: the respondent is our tenant and the behaviour is towards our tenants on the estate." rows={2} {...form.field('housingLink')} />
      <fieldset className={form.errors.limbA ? 'fieldset field field--error' : 'fieldset field'}>
        <legend className="fieldset__legend">The anti-social behaviour relied on (section 2(1))</legend>
        {form.errors.limbA && (
          <p className="field__error">
            <span className="visually-hidden">Error: </span>
            {form.errors.limbA}
          </p>
        )}
        {(Object.keys(LIMB_LABEL) as (keyof typeof LIMB_LABEL)[]).map((key) => (
          <CheckboxField key={key} id={form.id(key)} label={`(${LIMB_LABEL[key]}) ${CONDUCT_LIMBS[LIMB_LABEL[key]]}`} checked={v[key]} onChange={(on) => form.set({ [key]: on })} />
        ))}
      </fieldset>
      <InjunctionTerms form={form} />
      <InjunctionExclusion {...props} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">The application</legend>
        <CheckboxField id={form.id('withoutNotice')} label="Without notice" hint="Only where immediate action is needed (P5.9)." checked={v.withoutNotice} onChange={(withoutNotice) => form.set({ withoutNotice })} />
        {v.withoutNotice && (
          <div className="conditional">
            <TextAreaField label="Why immediate action is needed" rows={2} {...form.field('withoutNoticeJustification')} />
          </div>
        )}
        <RadioGroup
          id={form.id('durationKind')}
          legend="How long the injunction lasts (section 1(6))"
          hint={minor ? 'The respondent is under 18: a period of 12 months at most.' : undefined}
          options={[
            { code: 'months', label: 'A number of months' },
            { code: 'until-further-order', label: 'Until further order (adults only)' },
          ]}
          value={v.durationKind}
          error={form.errors.durationKind}
          onChange={(durationKind) => form.set({ durationKind })}
        />
        {v.durationKind === 'months' && (
          <div className="conditional">
            <TextField label="Months" width="short" inputMode="numeric" autoComplete="off" {...form.field('injMonths')} />
          </div>
        )}
      </fieldset>
      <div className="field-grid">
        <SelectField
          id={form.id('court')}
          label="County Court hearing centre"
          value={v.court}
          error={form.errors.court}
          onChange={(court) => form.set({ court })}
          options={[{ value: '', label: 'Choose the hearing centre' }, ...HEARING_CENTRES.map((c) => ({ value: c, label: c }))]}
        />
        <TextField label="Claim number (optional)" autoComplete="off" {...form.field('claimNumber')} />
      </div>
      {minor && (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{subject?.name} is under 18</legend>
          <CheckboxField id={form.id('youthCourt')} label="The application goes to the youth court" checked={v.youthCourt} onChange={(youthCourt) => form.set({ youthCourt })} />
          <DateField label="Date the youth offending team was consulted" hint="ASBCPA 2014 s14. For example 21/11/2026." {...form.field('yotConsultedOn')} />
        </fieldset>
      )}
    </>
  );
}
