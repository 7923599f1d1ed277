import type { ApplicationView, RecommendationView } from '../../../../shared/schemas/case-review';
import { londonToday, toIsoDate } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { DateField } from '../../ui/DateField';
import { EntryForm } from '../../ui/EntryForm';
import { Notice } from '../../ui/Notice';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useState } from 'react';

interface Props {
  caseId: number;
  application: ApplicationView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A recommendation of the review. Ours appear on the dashboard as due items; none may be due before the meeting. */
export function RecommendationForm({ caseId, application: a, onDone, onCancel }: Props) {
  const form = useForm(`case-review-recommendation-${a.id}`, { ownerBody: '', ours: false, what: '', dueOn: '' });
  const submit = useChange();
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({
      ownerBody: x.ownerBody.trim().length < 2 ? 'Enter who owns the recommendation.' : null,
      what: x.what.trim().length < 5 ? 'Say what is to be done.' : null,
      // A due date is in the future as a rule: only its form is checked here; main refuses one before the meeting.
      dueOn: !x.dueOn.trim() ? 'Enter the due date.' : toIsoDate(x.dueOn) ? null : 'Enter the due date like 21/11/2026.',
    }));
    if (!ok) return;
    const input = { caseId, applicationId: a.id, ownerBody: v.ownerBody.trim(), partnerOwned: v.ours, what: v.what.trim(), dueOn: toIsoDate(v.dueOn)! };
    void submit.run('casereview:addRecommendation', input, () => onDone(v.ours ? 'The recommendation was added. It is on the dashboard as a due item.' : 'The recommendation was added.'));
  };
  return (
    <EntryForm id={`case-review-recommendation-${a.id}`} title="Add a recommendation" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Add the recommendation" onSubmit={save} onCancel={onCancel}>
      <div className="field-grid">
        <TextField label="Owner" hint="The body that will do it." autoComplete="off" {...form.field('ownerBody')} />
        <DateField label="Due by" hint="On or after the review meeting." {...form.field('dueOn')} />
      </div>
      <CheckboxField id={form.id('ours')} label="We own it (it becomes a due item on the case officer’s dashboard)" checked={v.ours} onChange={(ours) => form.set({ ours })} />
      <TextAreaField label="What is to be done" limit={1000} {...form.field('what')} />
    </EntryForm>
  );
}

/** Marks a recommendation done, with the evidence of completion. */
export function RecommendationDone({ caseId, recommendation: r, onDone }: { caseId: number; recommendation: RecommendationView; onDone: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [evidence, setEvidence] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useChange();
  if (!open)
    return (
      <Button variant="secondary" small onClick={() => setOpen(true)}>
        Mark done
      </Button>
    );
  const save = () => {
    if (evidence.trim().length < 5) return setProblem('Say what shows it was done (the evidence of completion).');
    setProblem(null);
    void submit.run('casereview:updateRecommendation', { caseId, id: r.id, status: 'done', evidence: evidence.trim(), completedOn: toIsoDate(londonToday()) }, () => onDone('The recommendation was marked done.'));
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <TextField id={`recommendation-evidence-${r.id}`} label="Evidence of completion" autoComplete="off" value={evidence} onChange={setEvidence} error={problem} />
      <Button type="submit" variant="secondary" small disabled={submit.busy}>
        Save: done today
      </Button>
      {submit.error && (
        <Notice tone="error" live>
          <p>{submit.error}</p>
        </Notice>
      )}
    </form>
  );
}
