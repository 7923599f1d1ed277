import { TextField } from '../../../../ui/TextField';
import { TextAreaField } from '../../../../ui/TextAreaField';
import type { FieldsProps } from './fieldsProps';
import { PartySelect } from '../../../parties';

export function VerbalWarningFields({ form }: FieldsProps) {
  return <TextAreaField label="What the person was told" hint="The behaviour that must stop, and what will happen if it does not." rows={3} {...form.field('summary')} />;
}

/** A first or final written warning (P5.4), "live" for a period (usually 3 or 6 months). */
export function WrittenWarningFields({ form, parties }: FieldsProps) {
  const usual = form.values.kind === 'written-warning-final' ? 6 : 3;
  const household = parties.filter((p) => p.role === 'household-member' || p.role === 'visitor');
  return (
    <>
      <TextAreaField label="The behaviour that must stop" rows={3} {...form.field('behaviour')} />
      <div className="field-grid">
        <TextField label="Tenancy clause broken (optional)" hint="For example clause 4.2 (nuisance and harassment)." autoComplete="off" {...form.field('tenancyClause')} />
        <TextField label="Live for (months)" hint={`How long the warning stays live. Usually ${usual} months.`} width="short" inputMode="numeric" autoComplete="off" {...form.field('livePeriodMonths')} />
      </div>
      {household.length > 0 && (
        <PartySelect
          id={form.id('about')}
          label="About someone in their household or a visitor (optional)"
          hint="P3.8: a tenant is responsible for the people who live with or visit them."
          parties={household}
          value={form.values.about}
          onChange={(about) => form.set({ about })}
          none="No, about their own behaviour"
          error={form.errors.about}
        />
      )}
    </>
  );
}
