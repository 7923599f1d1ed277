import { TextField } from '../../../../ui/TextField';
import { TextAreaField } from '../../../../ui/TextAreaField';
import type { FieldsProps } from './fieldsProps';

export function MediationFields({ form }: FieldsProps) {
  return <TextField label="Mediation service (optional)" autoComplete="off" {...form.field('provider')} />;
}

/** A voluntary move on management grounds, in severe cases (P5.15). */
export function ManagementMoveFields({ form }: FieldsProps) {
  return (
    <>
      <TextAreaField label="Why a move is considered" hint="For example physical violence, or conflict that cannot be resolved (P5.15)." rows={3} {...form.field('reason')} />
      <TextField label="Address offered (optional)" autoComplete="off" {...form.field('toAddress')} />
    </>
  );
}

/** A letter or flyer to everyone in an area, when no perpetrator is known (P5.3). */
export function AreaLetterFields({ form }: FieldsProps) {
  return (
    <>
      <TextField label="Area" hint="The streets, estate or block the letter goes to." autoComplete="off" {...form.field('area')} />
      <TextAreaField label="What the letter says (optional)" rows={3} {...form.field('message')} />
    </>
  );
}
