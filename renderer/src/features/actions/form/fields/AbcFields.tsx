import { TextField } from '../../../../ui/TextField';
import { TextAreaField } from '../../../../ui/TextAreaField';
import { type FieldsProps, subjectOf } from './fieldsProps';

const ONE_PER_LINE = 'One per line.';

/** An Acceptable Behaviour Contract (P5.6): what they will not do, what they will do, who signs. */
export function AbcFields(props: FieldsProps) {
  const { form } = props;
  const subject = subjectOf(props);
  const minor = (subject?.age ?? 99) < 18;
  return (
    <>
      <TextAreaField label="Prohibitions" hint={`What they agree not to do. ${ONE_PER_LINE}`} rows={3} {...form.field('prohibitions')} />
      <TextAreaField label="Positive requirements (optional)" hint={`What they agree to do, such as attending a support service. ${ONE_PER_LINE}`} rows={2} {...form.field('requirements')} />
      <TextField
        label="Parent or guardian who signs with them"
        hint={minor ? `${subject?.name} is ${subject?.age}: a parent or guardian signs the contract too.` : 'Only for someone under 18.'}
        autoComplete="off"
        {...form.field('guardianName')}
      />
      <TextAreaField label="Other agencies taking part (optional)" hint={ONE_PER_LINE} rows={2} {...form.field('agencies')} />
      <div className="field-grid">
        <TextField label="Runs for (months)" hint="Usually 6 months." width="short" inputMode="numeric" autoComplete="off" {...form.field('durationMonths')} />
        <TextField label="Review every (weeks)" hint="Usually every 4 weeks. This sets the review dates printed in the contract; the dashboard reminds you of a review at the service standard’s interval (4 weeks in the group’s standard) whatever you choose here." width="short" inputMode="numeric" autoComplete="off" {...form.field('reviewEveryWeeks')} />
      </div>
    </>
  );
}
