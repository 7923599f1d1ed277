import { TextField } from '../../../../ui/TextField';
import { DateField } from '../../../../ui/DateField';
import { CheckboxField } from '../../../../ui/CheckboxField';
import { TextAreaField } from '../../../../ui/TextAreaField';
import { type FieldsProps, subjectOf } from './fieldsProps';

/** A civil injunction (ASBCPA 2014 s1, the policy's "housing injunction", P5.9–5.10). */
export function InjunctionFields(props: FieldsProps) {
  const { form } = props;
  const v = form.values;
  const subject = subjectOf(props);
  const minor = (subject?.age ?? 99) < 18;
  return (
    <>
      <TextAreaField label="Prohibitions sought" hint="What the respondent must not do. One per line." rows={3} {...form.field('prohibitions')} />
      <TextAreaField label="Requirements sought (optional)" hint="What the respondent must do. One per line." rows={2} {...form.field('requirements')} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">The application</legend>
        <CheckboxField id={form.id('withoutNotice')} label="Without notice" hint="Only where immediate action is needed (P5.9)." checked={v.withoutNotice} onChange={(withoutNotice) => form.set({ withoutNotice })} />
        {v.withoutNotice && (
          <div className="conditional">
            <TextAreaField label="Why immediate action is needed" rows={2} {...form.field('withoutNoticeJustification')} />
          </div>
        )}
        <CheckboxField id={form.id('powerOfArrest')} label="Power of arrest" hint="Needs violence or threatened violence, or a significant risk of harm (P5.10)." checked={v.powerOfArrest} onChange={(powerOfArrest) => form.set({ powerOfArrest })} />
        <CheckboxField id={form.id('exclusion')} label="Exclude them from their home" hint="Needs violence or threatened violence, or a significant risk of harm." checked={v.exclusion} onChange={(exclusion) => form.set({ exclusion })} />
        {v.exclusion && (
          <div className="conditional">
            <TextField label="Premises they would be excluded from" autoComplete="off" {...form.field('exclusionFrom')} />
          </div>
        )}
      </fieldset>
      <div className="field-grid">
        <TextField label="Court (optional)" autoComplete="off" {...form.field('court')} />
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
