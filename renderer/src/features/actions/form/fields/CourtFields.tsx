import { TextField } from '../../../../ui/TextField';
import { TextAreaField } from '../../../../ui/TextAreaField';
import type { FieldsProps } from './fieldsProps';

/** The court and its reference, shared by the court actions. */
export function CourtFields({ form, reference = 'claimNumber' }: Pick<FieldsProps, 'form'> & { reference?: 'claimNumber' | 'caseNumber' }) {
  return (
    <div className="field-grid">
      <TextField label="Court (optional)" autoComplete="off" {...form.field('court')} />
      <TextField label={reference === 'caseNumber' ? 'Case number (optional)' : 'Claim number (optional)'} autoComplete="off" {...form.field(reference)} />
    </div>
  );
}

/** A restraining order (PHA 1997, P5.11) or a Criminal Behaviour Order (the policy's "ASBO", P5.12). */
export function OrderFields({ form }: FieldsProps) {
  return (
    <>
      <TextAreaField label="Terms (optional)" hint="What the order forbids or requires. One per line." rows={3} {...form.field('terms')} />
      <CourtFields form={form} reference="caseNumber" />
    </>
  );
}

/** A closure order on premises (ASBCPA 2014 s80). */
export function ClosureOrderFields({ form }: FieldsProps) {
  return (
    <>
      <TextField label="Premises" autoComplete="off" {...form.field('premises')} />
      <TextField label="How long it lasts (hours)" hint="For example 48. A court may order up to 3 months." width="short" inputMode="numeric" autoComplete="off" {...form.field('hours')} />
      <TextField label="Court (optional)" autoComplete="off" {...form.field('court')} />
    </>
  );
}

export function DemotionFields({ form }: FieldsProps) {
  return <CourtFields form={form} />;
}
