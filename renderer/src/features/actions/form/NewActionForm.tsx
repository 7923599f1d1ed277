import { useState } from 'react';
import type { ActionView } from '../../../../../shared/schemas/actions';
import type { CaseView } from '../../../../../shared/schemas/cases';
import type { FormProblem } from '../../../ui/ErrorSummary';
import { type Form, useForm } from '../../../hooks/useForm';
import { type Draft as KeptDraft, useDraft } from '../../../hooks/useDraft';
import { DraftOffer } from '../../../ui/DraftOffer';
import { londonToday } from '../../../../../shared/time/input';
import { EntryForm } from '../../../ui/EntryForm';
import { useGuardCheck } from '../hooks/useGuardCheck';
import { useRecordAction } from '../hooks/useRecordAction';
import { ActionBasics } from './ActionBasics';
import { type Draft, EMPTY_DRAFT } from './draft';
import { KindFields } from './fields/KindFields';
import { draftOfInjunction } from './fromInjunction';
import { GuardChecks } from './GuardChecks';
import { ackFieldId, ackProblem, acknowledgementsFor, guardProblems } from './guardProblems';
import { draftProblems, toRequest } from './request';

interface Props {
  view: CaseView;
  actions: readonly ActionView[];
  /** Opens the confirmation form for the person the warning concerns (a party id, or ''). */
  onRecordConfirmation: (partyId: string) => void;
  onSaved: (action: ActionView) => void;
  onCancel: () => void;
}

/** One field, one line in the error summary: the first problem found for it wins. */
const oncePerField = (list: FormProblem[]) => list.filter((p, i) => !p.field || list.findIndex((q) => q.field === p.field) === i);

/** "Take an action": the kind's own questions, the policy's checks as they change, then Record. */
export function NewActionForm(props: Props) {
  const [initial] = useState<Draft>(() => ({ ...EMPTY_DRAFT, startedOn: londonToday() }));
  const form = useForm<Draft>('action', initial);
  const kept = useDraft({ form: 'action', caseId: props.view.header.id, values: form.values, restore: form.set, label: `action on ${props.view.header.ref}` });
  return <ActionForm {...props} form={form} kept={kept} editing={null} />;
}

/**
 * Editing a recorded injunction (issue 15): the same form, filled in from it, and the same checks; saved
 * as a new version of the same action. No draft is kept: the injunction itself is what was saved.
 */
export function EditInjunctionForm(props: Props & { action: ActionView }) {
  const [initial] = useState<Draft>(() => draftOfInjunction(props.action));
  const form = useForm<Draft>(`edit-action-${props.action.id}`, initial);
  return <ActionForm {...props} form={form} kept={null} editing={props.action} />;
}

function ActionForm({ view, actions, onRecordConfirmation, onSaved, onCancel, form, kept, editing }: Props & { form: Form<Draft>; kept: KeptDraft | null; editing: ActionView | null }) {
  const caseId = view.header.id;
  const guard = useGuardCheck(toRequest(form.values, caseId, {}, true));
  const rec = useRecordAction(
    guard.accept,
    (action) => {
      kept?.submitted();
      onSaved(action);
    },
    editing?.id ?? null,
  );
  const [acks, setAcks] = useState<Record<string, string>>(() => ({ ...(editing?.acknowledgements ?? {}) }));
  const [ackErrors, setAckErrors] = useState<Record<string, string | null>>({});
  const [stops, setStops] = useState(0);

  const submit = () => {
    const found = Object.fromEntries((guard.report?.flags ?? []).map((f) => [f.guard, ackProblem(acks[f.guard])]));
    setAckErrors(found);
    const ok = form.check((values) => draftProblems(values, caseId));
    if (!ok || Object.values(found).some(Boolean)) return setStops((n) => n + 1);
    void rec.record(toRequest(form.values, caseId, acknowledgementsFor(guard.report, acks))!);
  };
  const ackList = Object.entries(ackErrors).flatMap(([g, message]) => (message ? [{ field: ackFieldId(g), message }] : []));
  const problems = [...oncePerField([...form.problems(null), ...ackList, ...(rec.tried ? guardProblems(guard.report, acks) : [])]), ...(rec.error ? [{ message: rec.error }] : [])];

  return (
    <EntryForm
      id={editing ? `edit-action-${editing.id}` : 'new-action'}
      title={editing ? `Edit the injunction (version ${editing.version + 1})` : 'Take an action'}
      problems={problems}
      focusKey={stops + rec.stops}
      serverError={rec.error}
      busy={rec.busy}
      saveLabel={editing ? 'Save as a new version' : 'Record the action'}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {kept && <DraftOffer what="action" draft={kept} />}
      <ActionBasics form={form} parties={view.parties} fixedKind={editing !== null} />
      <KindFields form={form} parties={view.parties} actions={actions} evidence={view.evidence} />
      <GuardChecks
        report={guard.report}
        checking={guard.checking}
        acks={acks}
        ackErrors={ackErrors}
        onAck={(g, text) => {
          setAcks((old) => ({ ...old, [g]: text }));
          setAckErrors((old) => ({ ...old, [g]: null }));
        }}
        onRecordConfirmation={() => onRecordConfirmation(form.values.about || form.values.subject)}
      />
    </EntryForm>
  );
}
