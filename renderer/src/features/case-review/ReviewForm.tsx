import type { ApplicationView } from '../../../../shared/schemas/case-review';
import { toIsoDate } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { DateField } from '../../ui/DateField';
import { EntryForm } from '../../ui/EntryForm';
import { dateProblem } from '../../ui/forms/dates';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

interface Props {
  caseId: number;
  application: ApplicationView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The review meeting: who led it, when, who came, what was decided and when the applicant was told. */
export function ReviewForm({ caseId, application: a, onDone, onCancel }: Props) {
  const r = a.review;
  const form = useForm(`case-review-meeting-${a.id}`, {
    leadBody: r?.leadBody ?? '',
    meetingOn: r ? fromIso(r.meetingOn) : '',
    attendees: r?.attendees.join('\n') ?? '',
    decision: r?.decision ?? '',
    toldOn: r?.applicantToldOn ? fromIso(r.applicantToldOn) : '',
  });
  const submit = useChange();
  const v = form.values;
  const attendees = v.attendees
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
  const save = () => {
    const ok = form.check((x) => ({
      leadBody: x.leadBody.trim().length < 2 ? 'Enter the body that led the review (usually the council).' : null,
      meetingOn: dateProblem(x.meetingOn, 'the day of the meeting'),
      attendees: attendees.length ? null : 'Enter at least one attendee, one to a line.',
      decision: x.decision.trim().length < 10 ? 'Say what the review decided (at least 10 characters).' : null,
      toldOn: x.toldOn.trim() ? dateProblem(x.toldOn, 'the day the applicant was told') : null,
    }));
    if (!ok) return;
    const input = { caseId, applicationId: a.id, leadBody: v.leadBody.trim(), meetingOn: toIsoDate(v.meetingOn)!, attendees, decision: v.decision.trim(), applicantToldOn: v.toldOn.trim() ? toIsoDate(v.toldOn) : null };
    void submit.run('casereview:recordReview', input, () => onDone('The review was recorded. Add its recommendations below.'));
  };
  return (
    <EntryForm id={`case-review-meeting-${a.id}`} title="Record the review" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the review" onSubmit={save} onCancel={onCancel}>
      <div className="field-grid">
        <TextField label="Lead body" hint="Usually the council." autoComplete="off" {...form.field('leadBody')} />
        <DateField label="Day of the meeting" {...form.field('meetingOn')} />
      </div>
      <TextAreaField label="Attendees, one to a line" rows={3} {...form.field('attendees')} />
      <TextAreaField label="What the review decided" limit={4000} {...form.field('decision')} />
      <DateField label="Day the applicant was told (optional)" {...form.field('toldOn')} />
    </EntryForm>
  );
}

const fromIso = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
