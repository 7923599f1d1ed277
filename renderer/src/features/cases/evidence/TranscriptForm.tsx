import type { EvidenceView } from '../../../../../shared/schemas/cases';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { CheckboxField } from '../../../ui/CheckboxField';
import { EntryForm } from '../../../ui/EntryForm';

interface Props {
  caseId: number;
  item: EvidenceView;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * PD 32 para 27.11 (bundles B17): an exhibit that is hard to read goes into a court bundle with a typed
 * copy straight after it. Marking it here keeps it out of a bundle until the copy is typed.
 */
export function TranscriptForm({ caseId, item, onSaved, onCancel }: Props) {
  const form = useForm('transcript', { illegible: item.illegible, transcript: item.transcript ?? '' });
  const submit = useChange({ caseId });
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({ transcript: !x.illegible && x.transcript.trim() ? 'A typed transcript goes with an exhibit marked hard to read. Tick “Hard to read”, or clear the transcript.' : null }));
    if (!ok) return;
    void submit.run('evidence:transcript', { id: item.id, illegible: v.illegible, transcript: v.transcript },
      (saved) =>
        onSaved(
          !saved.illegible
            ? `Exhibit ${saved.exhibitLabel} is no longer marked hard to read.`
            : saved.transcript
              ? `The typed transcript of exhibit ${saved.exhibitLabel} was saved. A court bundle puts it straight after the exhibit.`
              : `Exhibit ${saved.exhibitLabel} is marked hard to read. It stays out of court bundles until its transcript is typed.`,
        ),
    );
  };
  return (
    <EntryForm id="evidence-transcript" title={`Typed transcript of exhibit ${item.exhibitLabel}`} problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save" onSubmit={save} onCancel={onCancel}>
      <CheckboxField
        id={form.id('illegible')}
        label="Hard to read"
        hint="Handwriting, a faint or poor scan: the court needs a typed copy next to it in the bundle (PD 32 para 27.11)."
        checked={v.illegible}
        // Ticking it answers the transcript's problem too, so that message goes with it.
        onChange={(illegible) => form.set({ illegible, transcript: v.transcript })}
      />
      <TextAreaField
        label="Typed transcript"
        hint="Type what the exhibit says, line by line as it is written. Names are withheld in the bundle as in the rest of it, where consent does not cover the court."
        rows={10}
        {...form.field('transcript')}
      />
    </EntryForm>
  );
}
