import type { FormEvent } from 'react';
import type { EvidenceView } from '../../../../shared/schemas/cases';
import { LAWFUL_BASIS } from '../../../../shared/schemas/disclosures';
import { POLICE_BASES, type PoliceBasis } from '../../../../shared/schemas/police-requests';
import { toIsoDate } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { DateField } from '../../ui/DateField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { saveFile } from '../../ui/saveFile';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

type Decision = 'shared' | 'partly' | 'refused';

interface Values {
  force: string;
  officer: string;
  reference: string;
  lawfulBasis: PoliceBasis | '';
  purpose: string;
  receivedOn: string;
  decision: Decision | '';
  reason: string;
  exhibits: number[];
}

const DECISIONS: { code: Decision; label: string }[] = [
  { code: 'shared', label: 'Share what was asked for' },
  { code: 'partly', label: 'Share part of it' },
  { code: 'refused', label: 'Refuse the request' },
];

const blank: Values = { force: '', officer: '', reference: '', lawfulBasis: '', purpose: '', receivedOn: '', decision: '', reason: '', exhibits: [] };

/**
 * Recording a police request (P3.11–3.14): who asked, under what basis, for what and when, and the decision.
 * Shared in full or in part, the chosen exhibits go in an evidence pack (saved as a zip, logged as a
 * disclosure); refused, the request and the reason are kept and nothing leaves.
 */
export function PoliceRequestForm({ caseId, evidence, onDone, onCancel }: { caseId: number; evidence: readonly EvidenceView[]; onDone: (message: string) => void; onCancel: () => void }) {
  const form = useForm(`police-${caseId}`, blank);
  const submit = useChange({ caseId });
  const v = form.values;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((x) => ({
      force: x.force.trim() ? null : 'Enter the police force (for example “Metropolitan Police Service”).',
      officer: x.officer.trim() ? null : 'Enter the requesting officer’s name and collar number.',
      reference: x.reference.trim() ? null : 'Enter the police reference (the crime or incident number).',
      lawfulBasis: x.lawfulBasis ? null : 'Choose the lawful basis for sharing.',
      purpose: x.purpose.trim() ? null : 'Say what the police need it for.',
      receivedOn: !x.receivedOn || toIsoDate(x.receivedOn) ? null : 'Enter the day the police asked like 21/11/2026, or leave it empty for today.',
      decision: x.decision ? null : 'Choose the decision.',
      reason: x.decision && x.decision !== 'shared' && !x.reason.trim() ? (x.decision === 'refused' ? 'Say why the request is refused.' : 'Say why the rest is not shared.') : null,
      exhibits: x.decision && x.decision !== 'refused' && !x.exhibits.length ? 'Choose at least one exhibit for the pack.' : null,
    }));
    if (!ok) return;
    const asked = { caseId, force: v.force, officer: v.officer, reference: v.reference, lawfulBasis: v.lawfulBasis as PoliceBasis, purpose: v.purpose, receivedOn: v.receivedOn ? toIsoDate(v.receivedOn) : null };
    if (v.decision === 'refused') {
      void submit.run('police:refuse', { ...asked, reason: v.reason }, () => {
        form.reset();
        onDone(`Recorded the request ${v.reference} from ${v.force} as refused. Nothing was shared.`);
      });
      return;
    }
    void submit.run('police:pack', { ...asked, evidenceIds: v.exhibits, decision: v.decision as 'shared' | 'partly', reason: v.reason }, (file) => {
      saveFile(file);
      form.reset();
      onDone(`Made ${file.fileName} for ${v.officer}, ${v.force}. It is in the disclosure log.`);
    });
  };
  const toggle = (id: number, on: boolean) => form.set({ exhibits: on ? [...v.exhibits, id] : v.exhibits.filter((x) => x !== id) });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={`police-form-${caseId}`}>
      <h3 id={`police-form-${caseId}`}>Record a police request</h3>
      <ErrorSummary id={`police-${caseId}-problems`} problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
      <TextField label="Police force" {...form.field('force')} autoComplete="off" />
      <TextField label="Requesting officer" hint="Name and collar number." {...form.field('officer')} autoComplete="off" />
      <TextField label="Police reference" hint="The crime or incident number." {...form.field('reference')} autoComplete="off" />
      <RadioGroup id={form.id('lawfulBasis')} legend="Lawful basis" options={POLICE_BASES.map((b) => ({ code: b, label: LAWFUL_BASIS[b] }))} value={v.lawfulBasis} onChange={(lawfulBasis) => form.set({ lawfulBasis })} error={form.errors.lawfulBasis} />
      <TextAreaField label="What the police need it for" rows={3} limit={2000} {...form.field('purpose')} />
      <DateField label="Asked for on (optional)" hint="Leave empty for today." {...form.field('receivedOn')} />
      <RadioGroup id={form.id('decision')} legend="Decision" options={DECISIONS} value={v.decision} onChange={(decision) => form.set({ decision })} error={form.errors.decision} />
      {(v.decision === 'partly' || v.decision === 'refused') && (
        <TextAreaField label={v.decision === 'refused' ? 'Why it is refused' : 'What is not shared, and why'} rows={3} limit={2000} {...form.field('reason')} />
      )}
      {(v.decision === 'shared' || v.decision === 'partly') && (
        <fieldset className={form.errors.exhibits ? 'fieldset field field--error' : 'fieldset field'} id={form.id('exhibits')} aria-describedby={form.errors.exhibits ? `${form.id('exhibits')}-error` : undefined}>
          <legend className="fieldset__legend">Exhibits to share</legend>
          {form.errors.exhibits && (
            <p className="field__error" id={`${form.id('exhibits')}-error`}>
              <span className="visually-hidden">Error: </span>
              {form.errors.exhibits}
            </p>
          )}
          {evidence.length === 0 && <p>This case has no exhibits.</p>}
          {evidence.map((e) => (
            <CheckboxField key={e.id} id={`police-${caseId}-exhibit-${e.id}`} label={`${e.exhibitLabel}: ${e.fileName}`} checked={v.exhibits.includes(e.id)} onChange={(on) => toggle(e.id, on)} compact />
          ))}
        </fieldset>
      )}
      <Button type="submit" busy={submit.busy} busyLabel="Recording…">
        {v.decision === 'refused' ? 'Record the refusal' : 'Make the evidence pack'}
      </Button>{' '}
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </form>
  );
}
