import { useState } from 'react';
import type { ApplicationView } from '../../../../shared/schemas/case-review';
import { fromIsoDate, londonToday, toIsoDate } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { DateField } from '../../ui/DateField';
import { EntryForm } from '../../ui/EntryForm';
import { dateProblem } from '../../ui/forms/dates';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextAreaField } from '../../ui/TextAreaField';
import { CorrectionsField, correctionsFrom, type Corrections } from './CorrectionsField';

interface Props {
  caseId: number;
  application: ApplicationView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const MET = [
  { code: 'met', label: 'Met' },
  { code: 'not-met', label: 'Not met' },
] as const;

/**
 * The threshold decision: as counted (s.104(4)), with any complaint's count corrected for a reason, or
 * met on persistence, harm or the response with a reason (s.104(5)). Main counts again and refuses a
 * "not met" the corrected count contradicts.
 */
export function ThresholdForm({ caseId, application: a, onDone, onCancel }: Props) {
  const form = useForm(`case-review-threshold-${a.id}`, { met: (a.decision ? (a.decision.met ? 'met' : 'not-met') : a.check.met ? 'met' : '') as 'met' | 'not-met' | '', decidedOn: a.decision ? fromIsoDate(a.decision.decidedOn) : londonToday(), reason: a.decision?.reason ?? '' });
  const [corrections, setCorrections] = useState<Corrections>(() => correctionsFrom(a.check.complaints));
  const [reasonErrors, setReasonErrors] = useState<Record<string, string>>({});
  const submit = useChange();
  const v = form.values;
  const counted = a.check.complaints.filter((c) => (corrections[c.key]?.on ? !c.countsBefore : c.countsBefore)).length;
  // The count as main will see it (a hate incident may meet it below the count: then the count is unchanged).
  const metByCount = counted >= a.check.needed || (a.check.met && counted === a.check.counted);
  const save = () => {
    const missing = Object.fromEntries(
      Object.entries(corrections)
        .filter(([, c]) => c.on && c.reason.trim().length < 10)
        .map(([key]) => [key, 'Say why this complaint’s count is corrected (at least 10 characters).']),
    );
    setReasonErrors(missing);
    const ok = form.check((x) => ({
      met: x.met ? null : 'Say whether the threshold is met.',
      decidedOn: dateProblem(x.decidedOn, 'the day of the decision'),
      reason: x.met === 'met' && !metByCount && x.reason.trim().length < 10 ? 'Say why it is met although the count is below the threshold (at least 10 characters).' : null,
    }));
    if (!ok || Object.keys(missing).length) return;
    const list = a.check.complaints.filter((c) => corrections[c.key]?.on).map((c) => ({ key: c.key, counts: !c.countsBefore, reason: corrections[c.key]!.reason.trim() }));
    void submit.run('casereview:decideThreshold', { caseId, applicationId: a.id, met: v.met === 'met', decidedOn: toIsoDate(v.decidedOn)!, reason: v.reason.trim(), corrections: list }, () =>
      onDone(v.met === 'met' ? 'The threshold was decided as met. Record the review when it has been held.' : 'The threshold was decided as not met.'),
    );
  };
  const idOf = (key: string) => `case-review-correction-${a.id}-${key.replace(':', '-')}`;
  const problems = [
    ...form.problems(null),
    ...Object.entries(reasonErrors).map(([key, message]) => ({ field: `${idOf(key)}-reason`, message })),
    ...(submit.error ? [{ message: submit.error }] : []),
  ];
  return (
    <EntryForm id={`case-review-threshold-${a.id}`} title="Decide the threshold" problems={problems} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the decision" onSubmit={save} onCancel={onCancel}>
      <CorrectionsField
        complaints={a.check.complaints}
        value={corrections}
        idOf={idOf}
        errors={reasonErrors}
        onChange={(next) => {
          setCorrections(next);
          setReasonErrors({});
        }}
      />
      <p aria-live="polite">
        Counted {Object.values(corrections).some((c) => c.on) ? 'with your corrections' : 'from the record'}: <strong>{counted}</strong> of {a.check.needed} needed.
      </p>
      <RadioGroup id={form.id('met')} legend="Is the threshold met?" inline options={MET} value={v.met} onChange={(met) => form.set({ met })} error={form.errors.met} />
      <DateField label="Day of the decision" {...form.field('decidedOn')} />
      <TextAreaField label="Reason (needed when it differs from the count)" limit={2000} {...form.field('reason')} />
    </EntryForm>
  );
}
