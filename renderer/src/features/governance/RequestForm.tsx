import type { FormEvent } from 'react';
import { REQUEST_KIND_WORDS, REQUEST_KINDS, type RequestKind, type SubjectRequestView } from '../../../../shared/schemas/subject-requests';
import { toIsoDate } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

interface Values {
  kind: RequestKind | '';
  partner: string;
  name: string;
  otherNames: string;
  dateOfBirth: string;
  address: string;
  postcode: string;
  details: string;
  receivedOn: string;
  identityMethod: string;
  identityCheckedOn: string;
}

const blank = (partner: string): Values => ({ kind: 'access', partner, name: '', otherNames: '', dateOfBirth: '', address: '', postcode: '', details: '', receivedOn: '', identityMethod: '', identityCheckedOn: '' });

/**
 * Recording a data subject's request (issue 21 item 3): who asked, when, and how their identity was checked.
 * The due date follows from these (one calendar month from the later of receipt and identity confirmed).
 */
export function RequestForm({ partners, onSaved }: { partners: readonly { code: string; name: string }[]; onSaved: (r: SubjectRequestView) => void }) {
  const form = useForm('sar', blank(partners[0]?.code ?? ''));
  const submit = useChange();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      kind: v.kind ? null : 'Choose what the person asked for.',
      name: v.name.trim() ? null : 'Enter the requester’s name.',
      dateOfBirth: v.dateOfBirth && !toIsoDate(v.dateOfBirth) ? 'Enter the date of birth like 21/11/1980, or leave it empty.' : null,
      receivedOn: toIsoDate(v.receivedOn) ? null : 'Enter the day the request was received, like 21/11/2026.',
      identityMethod: v.identityMethod.trim() ? null : 'Say how the requester’s identity was checked.',
      identityCheckedOn: toIsoDate(v.identityCheckedOn) ? null : 'Enter the day their identity was confirmed, like 21/11/2026.',
    }));
    if (!ok) return;
    const v = form.values;
    void submit.run(
      'sar:record',
      {
        kind: v.kind as RequestKind,
        partner: v.partner,
        name: v.name,
        otherNames: v.otherNames.split(',').map((n) => n.trim()).filter(Boolean),
        dateOfBirth: v.dateOfBirth ? toIsoDate(v.dateOfBirth) : null,
        address: v.address,
        postcode: v.postcode,
        details: v.details,
        receivedOn: toIsoDate(v.receivedOn)!,
        identityMethod: v.identityMethod,
        identityCheckedOn: toIsoDate(v.identityCheckedOn)!,
      },
      (r) => {
        form.reset();
        onSaved(r);
      },
    );
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="sar-form-heading">
      <h2 id="sar-form-heading">Record a request</h2>
      <ErrorSummary id="sar-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
      <RadioGroup id={form.id('kind')} legend="What they asked for" options={REQUEST_KINDS.map((k) => ({ code: k, label: REQUEST_KIND_WORDS[k] }))} value={form.values.kind} onChange={(kind) => form.set({ kind })} error={form.errors.kind} />
      {partners.length > 1 && <SelectField label="Partner asked" options={partners.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))} {...form.field('partner')} />}
      <TextField label="Requester’s name" {...form.field('name')} autoComplete="off" />
      <TextField label="Other names or spellings (optional)" hint="Separate them with commas." {...form.field('otherNames')} autoComplete="off" />
      <DateField label="Date of birth (optional)" {...form.field('dateOfBirth')} />
      <TextField label="Address (optional)" {...form.field('address')} autoComplete="off" />
      <TextField label="Postcode (optional)" width="short" {...form.field('postcode')} autoComplete="off" />
      <TextAreaField label="What they asked for, in their words (optional)" rows={3} {...form.field('details')} />
      <DateField label="Received on" {...form.field('receivedOn')} />
      <TextField label="How their identity was checked" hint="For example “passport seen at the office”." {...form.field('identityMethod')} autoComplete="off" />
      <DateField label="Identity confirmed on" {...form.field('identityCheckedOn')} />
      <Button type="submit" busy={submit.busy} busyLabel="Recording…">
        Record the request
      </Button>
    </form>
  );
}
