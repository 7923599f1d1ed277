import { CheckboxField } from '../../../../ui/CheckboxField';
import { RadioGroup } from '../../../../ui/RadioGroup';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { GROUNDS } from './InjunctionTerms';
import { type FieldsProps, subjectOf } from './fieldsProps';

/**
 * Keeping the respondent out of somewhere (issue 15): their own home is section 13, with its conditions;
 * an area or a communal part of a building is an ordinary prohibition, described so it can be obeyed,
 * with a plan exhibited. The form asks which it is.
 */
export function InjunctionExclusion(props: FieldsProps) {
  const { form } = props;
  const v = form.values;
  const subject = subjectOf(props);
  const plans = (props.evidence ?? []).filter((e) => e.type === 'pdf' || e.type === 'jpeg' || e.type === 'png');
  const home = subject ? [subject.address, subject.postcode].filter(Boolean).join(', ') : '';
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Keeping them out of a place</legend>
      <RadioGroup
        id={form.id('exclusionKind')}
        legend="Is the respondent to be kept out of somewhere?"
        options={[
          { code: 'none', label: 'No' },
          { code: 'own-home', label: 'Their own home (section 13)' },
          { code: 'area', label: 'An area or part of a building, such as a landing or a street (a prohibition, with a plan)' },
        ]}
        value={v.exclusionKind}
        onChange={(exclusionKind) => form.set({ exclusionKind, ...(exclusionKind === 'own-home' && !v.exclusionFrom ? { exclusionFrom: home } : {}) })}
      />
      {v.exclusionKind === 'own-home' && (
        <div className="conditional">
          <p className="field__hint">Only for someone aged 18 or over, only from the home they normally live in, only where the landlord owns or manages it, and only on violence or a significant risk of harm.</p>
          <TextField label="Their home" hint={home ? `Their recorded address is ${home}.` : 'Record their address on the case first.'} autoComplete="off" {...form.field('exclusionFrom')} />
          <RadioGroup
            id={form.id('landlordManages')}
            legend="Does the landlord own or manage this home?"
            inline
            options={[
              { code: 'yes', label: 'Yes' },
              { code: 'no', label: 'No' },
            ]}
            value={v.landlordManages}
            error={form.errors.landlordManages}
            onChange={(landlordManages) => form.set({ landlordManages })}
          />
          <RadioGroup id={form.id('homeGround')} legend="Why exclusion is needed" options={GROUNDS} value={v.homeGround} error={form.errors.homeGround} onChange={(homeGround) => form.set({ homeGround })} />
        </div>
      )}
      {v.exclusionKind === 'area' && (
        <div className="conditional">
          <TextField label="The area they must not enter" hint="Describe it so it can be obeyed, for example “the second-floor landing of Elm Court”. Do not describe it by a complainant’s or witness’s home." autoComplete="off" {...form.field('areaPlace')} />
          <SelectField
            id={form.id('areaPlan')}
            label="Plan of the area (an exhibit on the case)"
            hint="Add the plan on the case’s Evidence tab first."
            value={v.areaPlan}
            onChange={(areaPlan) => form.set({ areaPlan })}
            options={[{ value: '', label: 'No plan yet' }, ...plans.map((e) => ({ value: String(e.id), label: `${e.exhibitLabel}: ${e.description || e.fileName}` }))]}
          />
          <CheckboxField id={form.id('areaArrest')} label="Power of arrest on this prohibition" checked={v.areaArrest} onChange={(areaArrest) => form.set({ areaArrest })} />
          {v.areaArrest && <RadioGroup id={form.id('areaGround')} legend="Ground for the power of arrest on the area" options={GROUNDS} value={v.areaGround} error={form.errors.areaGround} onChange={(areaGround) => form.set({ areaGround })} />}
        </div>
      )}
    </fieldset>
  );
}
